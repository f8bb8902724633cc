/** Pure arithmetic of the performance numbers, kept apart from storage so it is easy to test. */

export interface Snapshot {
  capturedAt: Date;
  views: number | null;
  engagement: number;
}

/** Interactions per view; null without views. */
export function engagementRate(engagement: number, views: number | null): number | null {
  return views && views > 0 ? engagement / views : null;
}

/**
 * Growth per hour of the leading number (views where the platform counts them, else
 * engagement) between the oldest and newest snapshot of the window. Null with fewer than
 * two snapshots or no time between them.
 */
export function velocity(snapshots: Snapshot[]): number | null {
  if (snapshots.length < 2) return null;
  const sorted = [...snapshots].sort((a, b) => a.capturedAt.getTime() - b.capturedAt.getTime());
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return null;
  const hours = (last.capturedAt.getTime() - first.capturedAt.getTime()) / 3_600_000;
  if (hours <= 0) return null;
  const lead = (s: Snapshot) => (last.views !== null && s.views !== null ? s.views : s.engagement);
  return (lead(last) - lead(first)) / hours;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** How many times the author's usual the item does; null without a usual to compare with. */
export function outlierScore(value: number, peers: number[]): number | null {
  const usual = median(peers);
  if (usual === null || peers.length < 3) return null;
  return usual > 0 ? value / usual : value > 0 ? value : 1;
}

/** Interactions per follower of the account; null when followers are unknown. */
export function perFollower(engagement: number, followers: number | null): number | null {
  return followers && followers > 0 ? engagement / followers : null;
}
