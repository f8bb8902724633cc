import type { LucideIcon } from 'lucide-react';
import { SOURCE_TYPE_SPECS } from '../../../../worker/contracts';
import type { Source, SourceType } from '../../api/types';
import { PLATFORM_ICONS } from '../../lib/platform-icons';

export interface SourceTypeInfo {
  label: string;
  icon: LucideIcon;
  /** What a source of this type reads, in a line. */
  reads: string;
}

/** Every kind of source, from the platform registry: its label and line, and the icon of the platform it reads. */
export const SOURCE_TYPES = Object.fromEntries(
  SOURCE_TYPE_SPECS.map(({ type, label, reads, platform }) => [type, { label, reads, icon: PLATFORM_ICONS[platform] }]),
) as Record<SourceType, SourceTypeInfo>;

/** In the order the "Add source" picker shows them: the registry's. */
export const SOURCE_TYPE_KEYS: SourceType[] = SOURCE_TYPE_SPECS.map(({ type }) => type);

/** How often a source can be read: the API's range is 15 minutes to a week. */
export const INTERVALS = [
  { value: '15', label: 'Every 15 minutes' },
  { value: '30', label: 'Every 30 minutes' },
  { value: '60', label: 'Every hour' },
  { value: '180', label: 'Every 3 hours' },
  { value: '360', label: 'Every 6 hours' },
  { value: '720', label: 'Every 12 hours' },
  { value: '1440', label: 'Once a day' },
  { value: '10080', label: 'Once a week' },
];

/** "every hour", "every 45 minutes" (intervals set through the API need not be in the list). */
export function intervalLabel(minutes: number): string {
  const known = INTERVALS.find((interval) => Number(interval.value) === minutes);
  if (known) return known.label.charAt(0).toLowerCase() + known.label.slice(1);
  if (minutes % 1440 === 0) return `every ${minutes / 1440} days`;
  if (minutes % 60 === 0) return `every ${minutes / 60} hours`;
  return `every ${minutes} minutes`;
}

/** Interval options for a select, including the source's own if it is not a standard one. */
export function intervalOptions(current?: number) {
  if (current === undefined || INTERVALS.some((interval) => Number(interval.value) === current)) return INTERVALS;
  const custom = { value: String(current), label: `Every ${intervalLabel(current).replace(/^every /, '')}` };
  return [...INTERVALS, custom].sort((a, b) => Number(a.value) - Number(b.value));
}

/** What the source points at, as a person would write it: the URL, r/name, @handle, “search”… */
export function sourceTarget(source: Pick<Source, 'type' | 'config'>): string {
  const { config } = source;
  if (config.url) return config.url;
  if (config.channelId) return `Channel ${config.channelId}`;
  if (config.subreddit) return `r/${config.subreddit} · ${config.sort ?? 'hot'}`;
  if (config.geo) return countryName(config.geo) ?? config.geo;
  if (config.handle) return config.handle.startsWith('did:') ? config.handle : `@${config.handle}`;
  if (config.query) return `Search: “${config.query}”`;
  return SOURCE_TYPES[source.type].label;
}

/** "United States" for US; null for what is not a region code the browser knows. */
export function countryName(code: string): string | null {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return null;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(upper);
    return name && name !== upper ? name : null;
  } catch {
    return null;
  }
}
