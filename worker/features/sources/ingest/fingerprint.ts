import type { Metrics, ReadItem } from '../../../connectors/readers/types';
import { sha256Hex } from '../../../lib/crypto';

/** A hash of what an item says (not its numbers), so an unchanged item is not rewritten. */
export function fingerprint(item: ReadItem): Promise<string> {
  const { metrics: _numbers, ...content } = item;
  return sha256Hex(JSON.stringify(content));
}

export const METRIC_KEYS = [
  'views',
  'likes',
  'comments',
  'shares',
  'score',
] as const satisfies readonly (keyof Metrics)[];

/** A finite, non-negative integer, or null: platforms send strings, floats and garbage. */
function count(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}

export function metricColumns(metrics: Metrics) {
  return {
    views: count(metrics.views),
    likes: count(metrics.likes),
    comments: count(metrics.comments),
    shares: count(metrics.shares),
    score: count(metrics.score),
  };
}

export type MetricColumns = ReturnType<typeof metricColumns>;

export function hasMetrics(columns: MetricColumns): boolean {
  return METRIC_KEYS.some((key) => columns[key] !== null);
}

/** Interactions across platforms: what people did beyond viewing. */
export function engagementOf(columns: MetricColumns): number {
  return (columns.likes ?? 0) + (columns.comments ?? 0) + (columns.shares ?? 0) + (columns.score ?? 0);
}
