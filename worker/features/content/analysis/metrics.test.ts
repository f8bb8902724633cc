import { describe, expect, it } from 'vitest';
import { engagementRate, median, outlierScore, perFollower, velocity } from './metrics';

const at = (hours: number) => new Date(Date.UTC(2026, 10, 20, hours));

describe('performance numbers', () => {
  it('engagement per view and per follower, only when the denominator is known', () => {
    expect(engagementRate(50, 1000)).toBe(0.05);
    expect(engagementRate(50, null)).toBeNull();
    expect(engagementRate(50, 0)).toBeNull();
    expect(perFollower(300, 41_200)).toBeCloseTo(0.00728, 5);
    expect(perFollower(300, null)).toBeNull();
  });

  it('velocity is growth per hour of views, else of engagement, between the oldest and newest snapshot', () => {
    expect(
      velocity([
        { capturedAt: at(12), views: 1600, engagement: 10 },
        { capturedAt: at(10), views: 1000, engagement: 5 },
        { capturedAt: at(11), views: 1200, engagement: 8 },
      ]),
    ).toBe(300);
    expect(
      velocity([
        { capturedAt: at(10), views: null, engagement: 5 },
        { capturedAt: at(14), views: null, engagement: 25 },
      ]),
    ).toBe(5);
    expect(velocity([{ capturedAt: at(10), views: 1, engagement: 1 }])).toBeNull();
    expect(
      velocity([
        { capturedAt: at(10), views: 1, engagement: 1 },
        { capturedAt: at(10), views: 9, engagement: 1 },
      ]),
    ).toBeNull();
  });

  it("the outlier score compares with the median of the author's other items, given at least three", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(outlierScore(3000, [1000, 900, 1100, 1000])).toBe(3);
    expect(outlierScore(3000, [1000, 900])).toBeNull();
    // An author whose usual is zero: the item's own number, and 1 for another zero.
    expect(outlierScore(7, [0, 0, 0])).toBe(7);
    expect(outlierScore(0, [0, 0, 0])).toBe(1);
  });
});
