import { ArrowBigUp, Eye, FileText, Heart, type LucideIcon, MessageCircle, Repeat2 } from 'lucide-react';
import { CONTENT_PLATFORMS, platformSpec } from '../../../../worker/contracts';
import type { Metrics } from '../../api/types';
import { PLATFORM_ICONS } from '../../lib/platform-icons';

/** The platforms content comes from, for the filter: those the registry says Crowsnest reads. */
export const PLATFORM_KEYS = CONTENT_PLATFORMS;

export function platformLabel(platform: string): string {
  return platformSpec(platform)?.label ?? platform.charAt(0).toUpperCase() + platform.slice(1);
}

export function platformIcon(platform: string): LucideIcon {
  const known = CONTENT_PLATFORMS.find((p) => p === platform);
  return known ? PLATFORM_ICONS[known] : FileText;
}

export type MetricKey = keyof Metrics;

export const METRIC_KEYS: MetricKey[] = ['views', 'likes', 'comments', 'shares', 'score'];

export const METRIC_ICONS: Record<MetricKey, LucideIcon> = {
  views: Eye,
  likes: Heart,
  comments: MessageCircle,
  shares: Repeat2,
  score: ArrowBigUp,
};

const METRIC_NAMES: Record<MetricKey, [singular: string, plural: string]> = {
  views: ['view', 'views'],
  likes: ['like', 'likes'],
  comments: ['comment', 'comments'],
  shares: ['share', 'shares'],
  score: ['point', 'points'],
};

/** "views", "reposts", or "1 like": what the platform calls the counter (the registry says), else its usual name. */
export function metricName(platform: string, key: MetricKey, count?: number): string {
  const [one, many] = platformSpec(platform)?.measure?.counters[key] ?? METRIC_NAMES[key];
  return count === 1 ? one : many;
}

/** The counters the platform reported for the item, in a fixed order; null ones are not reported, not zero. */
export function reportedMetrics(metrics: Metrics): { key: MetricKey; value: number }[] {
  return METRIC_KEYS.flatMap((key) => {
    const value = metrics[key];
    return value === null ? [] : [{ key, value }];
  });
}
