import type { ContentItem } from '../../api/types';
import { Badge } from '../../components/badge';
import { compactNumber, wholeNumber } from '../../lib/format';
import { METRIC_ICONS, metricName, platformIcon, platformLabel, reportedMetrics } from './platforms';

/** The counters the platform reports, small and inline: "👁 1.2K ♥ 34". Nothing for those it does not. */
export function InlineMetrics({ item }: { item: Pick<ContentItem, 'platform' | 'metrics'> }) {
  const metrics = reportedMetrics(item.metrics);
  if (metrics.length === 0) return null;
  return (
    <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-500" aria-label="Metrics">
      {metrics.map(({ key, value }) => {
        const Icon = METRIC_ICONS[key];
        const label = `${wholeNumber(value)} ${metricName(item.platform, key, value)}`;
        return (
          <li key={key} className="inline-flex items-center gap-1 tabular-nums" title={label}>
            <Icon className="size-3.5 text-zinc-400" aria-hidden />
            <span aria-hidden>{compactNumber(value)}</span>
            <span className="sr-only">{label}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function PlatformBadge({ platform }: { platform: string }) {
  const Icon = platformIcon(platform);
  return (
    <Badge>
      <Icon className="size-3" aria-hidden />
      {platformLabel(platform)}
    </Badge>
  );
}
