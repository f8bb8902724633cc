import { ArrowBigUp, Eye, FileText, Heart, type LucideIcon, MessageCircle, Repeat2 } from 'lucide-react';
import type { Metrics } from '../../api/types';
import { SOURCE_TYPES } from '../sources/source-types';

const PLATFORM_LABELS: Record<string, string> = {
  feed: 'Feed',
  web: 'Web page',
  youtube: 'YouTube',
  reddit: 'Reddit',
  trends: 'Google Trends',
  bluesky: 'Bluesky',
};

export const PLATFORM_KEYS = Object.keys(PLATFORM_LABELS);

export function platformLabel(platform: string): string {
  return PLATFORM_LABELS[platform] ?? platform.charAt(0).toUpperCase() + platform.slice(1);
}

export function platformIcon(platform: string): LucideIcon {
  return platform in SOURCE_TYPES ? SOURCE_TYPES[platform as keyof typeof SOURCE_TYPES].icon : FileText;
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

/** What a platform calls a counter, where it differs: Trends counts searches, Bluesky reposts and replies. */
const PLATFORM_NAMES: Record<string, Partial<Record<MetricKey, [string, string]>>> = {
  trends: { views: ['search', 'searches'] },
  bluesky: { shares: ['repost', 'reposts'], comments: ['reply', 'replies'] },
  reddit: { score: ['upvote', 'upvotes'] },
};

/** "views", "reposts", or "1 like". */
export function metricName(platform: string, key: MetricKey, count?: number): string {
  const [one, many] = PLATFORM_NAMES[platform]?.[key] ?? METRIC_NAMES[key];
  return count === 1 ? one : many;
}

/** The counters the platform reported for the item, in a fixed order; null ones are not reported, not zero. */
export function reportedMetrics(metrics: Metrics): { key: MetricKey; value: number }[] {
  return METRIC_KEYS.flatMap((key) => {
    const value = metrics[key];
    return value === null ? [] : [{ key, value }];
  });
}
