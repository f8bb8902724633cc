import { describe, expect, it } from 'vitest';
import { describeHour, hourRange, levelOf, weekGrid } from './best-hours';

describe('best hours grid', () => {
  it('places each hour by ISO weekday (Monday first) and hour, blank elsewhere', () => {
    const grid = weekGrid([
      { weekday: 1, hour: 9, posts: 3, engagement: 4 },
      { weekday: 7, hour: 23, posts: 1, engagement: 2 },
    ]);
    expect(grid).toHaveLength(7);
    expect(grid.every((row) => row.length === 24)).toBe(true);
    expect(grid[0]?.[9]?.posts).toBe(3);
    expect(grid[6]?.[23]?.engagement).toBe(2);
    expect(grid.flat().filter(Boolean)).toHaveLength(2);
  });

  it('shades by engagement against the best hour', () => {
    expect(levelOf(50, 50)).toBe(4);
    expect(levelOf(26, 50)).toBe(3);
    expect(levelOf(1, 50)).toBe(1);
    expect(levelOf(0, 50)).toBe(0);
    expect(levelOf(3, 0)).toBe(0);
  });

  it('reads an hour in words', () => {
    expect(hourRange(23)).toBe('23:00–00:00');
    expect(describeHour({ weekday: 3, hour: 18, posts: 2, engagement: 50 })).toBe(
      'Wednesday 18:00–19:00: 2 posts, median engagement 50',
    );
  });
});
