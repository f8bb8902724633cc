import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { ContentItem } from '../../api/types';
import { cn } from '../../lib/cn';
import { useWorkspace } from '../../shell/workspace-context';
import { InlineMetrics, PlatformBadge } from './content-metrics';
import { headline } from './headline';
import { platformIcon } from './platforms';
import { PublishedDate } from './published-date';

/**
 * The item's stored image (a same-origin signed link), or its platform's icon when it has
 * none or the link has expired.
 */
export function Thumbnail({
  item,
  className,
}: {
  item: Pick<ContentItem, 'imageUrl' | 'platform'>;
  className?: string;
}) {
  const [failed, setFailed] = useState(false);
  const Icon = platformIcon(item.platform);
  return (
    <div className={cn('overflow-hidden rounded-lg bg-zinc-100 ring-1 ring-zinc-200/70', className)}>
      {item.imageUrl && !failed ? (
        <img
          src={item.imageUrl}
          alt=""
          loading="lazy"
          decoding="async"
          className="size-full object-cover"
          onError={() => setFailed(true)}
        />
      ) : (
        <div className="flex size-full items-center justify-center text-zinc-400">
          <Icon className="size-6" aria-hidden />
        </div>
      )}
    </div>
  );
}

function ContentRow({
  item,
  sourceName,
  compact,
}: {
  item: ContentItem;
  sourceName: string | undefined;
  compact: boolean;
}) {
  const workspace = useWorkspace();
  const location = useLocation();
  return (
    <li className={cn('relative flex gap-4 px-4 hover:bg-zinc-50/70 sm:px-5', compact ? 'py-3' : 'py-4')}>
      <Thumbnail item={item} className={cn('shrink-0', compact ? 'h-12 w-16' : 'h-20 w-32 max-sm:h-16 max-sm:w-20')} />
      <div className="min-w-0 flex-1">
        <h3 className="line-clamp-2 text-sm font-semibold text-zinc-900">
          <Link
            to={`/w/${workspace.id}/content/${item.id}`}
            state={{ from: location.search }}
            className="after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:rounded-lg focus-visible:after:outline-2 focus-visible:after:-outline-offset-2 focus-visible:after:outline-accent-600"
          >
            {headline(item)}
          </Link>
        </h3>
        {!compact && item.text && item.title && <p className="mt-1 line-clamp-2 text-sm text-zinc-500">{item.text}</p>}
        <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 text-xs text-zinc-500">
          <PlatformBadge platform={item.platform} />
          {item.author && <span className="max-w-48 truncate font-medium text-zinc-700">{item.author}</span>}
          <PublishedDate item={item} />
          {sourceName && !compact && <span className="max-w-56 truncate">via {sourceName}</span>}
          <InlineMetrics item={item} />
        </div>
      </div>
    </li>
  );
}

/** Items as rows: thumbnail, title, platform, author, date and the numbers the platform reports. */
export function ContentList({
  items,
  sourceNames,
  compact = false,
}: {
  items: ContentItem[];
  sourceNames?: Map<string, string>;
  compact?: boolean;
}) {
  return (
    <ul className="divide-y divide-zinc-100" aria-label={compact ? 'Recent content' : 'Content'}>
      {items.map((item) => (
        <ContentRow
          key={item.id}
          item={item}
          compact={compact}
          sourceName={item.sourceId ? sourceNames?.get(item.sourceId) : undefined}
        />
      ))}
    </ul>
  );
}
