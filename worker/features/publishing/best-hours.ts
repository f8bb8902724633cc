import { utcToZoned } from '../../lib/zoned-time';

/** A published target's latest reading, with when it went out. */
export interface Reading {
  publishedAt: Date;
  likes: number | null;
  reposts: number | null;
  replies: number | null;
  quotes: number | null;
}

/** One local hour of the week and how posts that went out in it did. */
export interface BestHour {
  /** ISO 8601 weekday: 1 is Monday, 7 is Sunday. */
  weekday: number;
  /** 0–23, local. */
  hour: number;
  /** Posts that went out in this hour of the week. */
  posts: number;
  /** The median engagement of those posts. */
  engagement: number;
}

/** likes + reposts + replies + quotes; a number the platform does not have counts 0. */
export function engagementOf(reading: Omit<Reading, 'publishedAt'>): number {
  return (reading.likes ?? 0) + (reading.reposts ?? 0) + (reading.replies ?? 0) + (reading.quotes ?? 0);
}

/** The middle value, or the mean of the two middle values of an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/**
 * The hours of the week an account's posts did best in: each post's engagement at its latest
 * reading (likes + reposts + replies + quotes), grouped by the weekday and hour it went out in
 * `zone`'s wall-clock time, ranked by the group's median — the median so that one post that
 * took off does not make its hour look best. Ties go to the hour with more posts behind it,
 * then to the earlier hour of the week.
 */
export function bestHours(readings: readonly Reading[], zone: string): BestHour[] {
  const groups = new Map<string, { weekday: number; hour: number; values: number[] }>();
  for (const reading of readings) {
    const wall = utcToZoned(reading.publishedAt, zone);
    const sunday0 = new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay();
    const weekday = sunday0 === 0 ? 7 : sunday0;
    const key = `${weekday}:${wall.hour}`;
    const group = groups.get(key) ?? { weekday, hour: wall.hour, values: [] };
    group.values.push(engagementOf(reading));
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ weekday, hour, values }) => ({ weekday, hour, posts: values.length, engagement: median(values) }))
    .sort((a, b) => b.engagement - a.engagement || b.posts - a.posts || a.weekday - b.weekday || a.hour - b.hour);
}
