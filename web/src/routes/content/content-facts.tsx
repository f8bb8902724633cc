import { Link2, Tag } from 'lucide-react';
import { Link } from 'react-router';
import type { ContentDetail } from '../../api/types';
import { Badge } from '../../components/badge';
import { Card } from '../../components/card';
import { dateTime, wholeNumber } from '../../lib/format';
import { safeHref } from '../../lib/safe-html';
import { useWorkspace } from '../../shell/workspace-context';
import { METRIC_ICONS, metricName, reportedMetrics } from './platforms';

/** The counters the platform reported, in full; a line saying so when it reports none. */
export function NumbersCard({ item }: { item: ContentDetail }) {
  const metrics = reportedMetrics(item.metrics);
  return (
    <Card title="Numbers" description="As the platform last reported them.">
      {metrics.length === 0 ? (
        <p className="text-sm text-zinc-500">The platform reports no counts (views, likes…) for this item.</p>
      ) : (
        <dl className="grid grid-cols-2 gap-3">
          {metrics.map(({ key, value }) => {
            const Icon = METRIC_ICONS[key];
            return (
              <div key={key} className="rounded-lg bg-zinc-50 p-3 ring-1 ring-zinc-200/70">
                <dt className="flex items-center gap-1.5 text-xs font-medium text-zinc-500 capitalize">
                  <Icon className="size-3.5" aria-hidden />
                  {metricName(item.platform, key)}
                </dt>
                <dd className="mt-1 text-lg font-semibold text-zinc-900 tabular-nums">{wholeNumber(value)}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </Card>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Tags, media links, when it was seen, and where it came from. */
export function DetailsCard({ item, sourceName }: { item: ContentDetail; sourceName: string | undefined }) {
  const workspace = useWorkspace();
  return (
    <Card title="Details">
      <dl className="space-y-4 text-sm">
        {sourceName && item.sourceId && (
          <div>
            <dt className="text-xs font-medium text-zinc-500">Source</dt>
            <dd className="mt-0.5">
              <Link
                to={`/w/${workspace.id}/content?source=${item.sourceId}`}
                className="font-medium text-accent-600 hover:text-accent-700"
              >
                {sourceName}
              </Link>
            </dd>
          </div>
        )}
        <div>
          <dt className="text-xs font-medium text-zinc-500">First seen</dt>
          <dd className="mt-0.5 text-zinc-700">{dateTime(item.firstSeenAt)}</dd>
        </div>
        {item.tags.length > 0 && (
          <div>
            <dt className="flex items-center gap-1 text-xs font-medium text-zinc-500">
              <Tag className="size-3" aria-hidden /> Tags
            </dt>
            <dd className="mt-1.5 flex flex-wrap gap-1.5">
              {item.tags.map((tag) => (
                <Badge key={tag}>{tag}</Badge>
              ))}
            </dd>
          </div>
        )}
        {item.mediaUrls.length > 0 && (
          <div>
            <dt className="flex items-center gap-1 text-xs font-medium text-zinc-500">
              <Link2 className="size-3" aria-hidden /> Media
            </dt>
            <dd className="mt-1">
              <ul className="space-y-1">
                {item.mediaUrls.flatMap((url, i) => {
                  const href = safeHref(url);
                  if (!href) return [];
                  return [
                    <li key={url} className="truncate">
                      <a
                        href={href}
                        target="_blank"
                        rel="noopener noreferrer"
                        className="text-accent-600 hover:text-accent-700"
                        title={url}
                      >
                        {`Media ${i + 1}`} <span className="text-zinc-400">· {hostOf(url)}</span>
                      </a>
                    </li>,
                  ];
                })}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </Card>
  );
}
