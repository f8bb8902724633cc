import { describe, expect, it } from 'vitest';
import { bestHours, engagementOf, median } from './best-hours';

const reading = (iso: string, likes: number, reposts = 0, replies = 0, quotes: number | null = 0) => ({
  publishedAt: new Date(iso),
  likes,
  reposts,
  replies,
  quotes,
});

describe('best hours', () => {
  it('takes the median, the mean of the middle two for an even count', () => {
    expect(median([5, 1, 9])).toBe(5);
    expect(median([4, 1, 9, 2])).toBe(3);
    expect(median([])).toBe(0);
    expect(engagementOf({ likes: 3, reposts: 2, replies: 1, quotes: null })).toBe(6);
  });

  it('groups by local weekday and hour and ranks by median engagement', () => {
    const readings = [
      // Monday 2026-03-02, 09:xx UTC: engagements 10, 2, 4 → median 4.
      reading('2026-03-02T09:05:00Z', 10),
      reading('2026-03-02T09:40:00Z', 1, 1),
      reading('2026-03-09T09:10:00Z', 2, 1, 1),
      // Wednesday 18:xx UTC: one post that took off (100) and one that did not (0) → median 50.
      reading('2026-03-04T18:00:00Z', 90, 5, 4, 1),
      reading('2026-03-11T18:30:00Z', 0),
      // Sunday 23:xx UTC: 4 and 4 → median 4, fewer posts than Monday 09:00.
      reading('2026-03-08T23:15:00Z', 4),
      reading('2026-03-15T23:15:00Z', 3, 1, 0, null),
    ];
    expect(bestHours(readings, 'UTC')).toEqual([
      { weekday: 3, hour: 18, posts: 2, engagement: 50 },
      { weekday: 1, hour: 9, posts: 3, engagement: 4 },
      { weekday: 7, hour: 23, posts: 2, engagement: 4 },
    ]);
  });

  it("reads the hour on the zone's wall clock, across a DST change", () => {
    // Berlin: 23:15 UTC on a Sunday in March (CET, +1) is Monday 00:15; in April (CEST, +2) Monday 01:15.
    const hours = bestHours(
      [reading('2026-03-08T23:15:00Z', 4), reading('2026-04-05T23:15:00Z', 8)],
      'Europe/Berlin',
    ).map(({ weekday, hour }) => [weekday, hour]);
    expect(hours).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });
});
