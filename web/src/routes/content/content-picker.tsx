import { Newspaper } from 'lucide-react';
import { useState } from 'react';
import type { ContentItem } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ListState, LoadMore } from '../../components/query-state';
import { useWorkspace } from '../../shell/workspace-context';
import { SearchBox } from './content-filters';
import { Thumbnail } from './content-list';
import { PlatformBadge } from './content-metrics';
import { headline } from './headline';
import { PublishedDate } from './published-date';
import { useContentList } from './use-content';

/** Collected content to tick, searchable, up to `max` at once (the rest are disabled then). */
export function ContentPicker({
  selected,
  onToggle,
  max,
  label,
}: {
  selected: ReadonlySet<string>;
  onToggle: (item: ContentItem) => void;
  max: number;
  /** The list's accessible name. */
  label: string;
}) {
  const workspace = useWorkspace();
  const [q, setQ] = useState('');
  const { list, more } = useContentList(workspace.id, { q: q || undefined, sort: 'published' }, 20);
  const full = selected.size >= max;

  return (
    <div className="overflow-hidden rounded-lg ring-1 ring-zinc-200">
      <div className="border-b border-zinc-100 p-2">
        <SearchBox value={q} onSearch={setQ} className="w-full" />
      </div>
      <div className="max-h-80 overflow-y-auto">
        <ListState
          query={list}
          rows={3}
          empty={
            <EmptyState
              icon={<Newspaper />}
              title={q ? 'No results' : 'No content yet'}
              description={q ? `Nothing matches “${q}”.` : 'Add a source; what it collects can be picked here.'}
            />
          }
        >
          {(items) => (
            <ul className="divide-y divide-zinc-100" aria-label={label}>
              {items.map((item) => {
                const checked = selected.has(item.id);
                return (
                  <li key={item.id}>
                    <label className="flex cursor-pointer items-start gap-3 px-3 py-2.5 hover:bg-zinc-50 has-disabled:cursor-not-allowed has-disabled:opacity-60">
                      <input
                        type="checkbox"
                        className="mt-1 size-4 shrink-0 accent-accent-600"
                        checked={checked}
                        disabled={!checked && full}
                        onChange={() => onToggle(item)}
                      />
                      <Thumbnail item={item} className="hidden h-10 w-14 shrink-0 sm:block" />
                      <span className="min-w-0 flex-1">
                        <span className="line-clamp-2 text-sm font-medium text-zinc-900">{headline(item)}</span>
                        <span className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
                          <PlatformBadge platform={item.platform} />
                          {item.author && <span className="max-w-40 truncate">{item.author}</span>}
                          <PublishedDate item={item} />
                        </span>
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
        </ListState>
        <LoadMore {...more} />
      </div>
    </div>
  );
}
