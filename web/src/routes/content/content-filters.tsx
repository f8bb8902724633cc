import { Search, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { ContentSort, Source } from '../../api/types';
import { Input } from '../../components/input';
import { Select } from '../../components/select';
import { cn } from '../../lib/cn';
import { PLATFORM_KEYS, platformLabel } from './platforms';

/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 300;

export const SORTS: { value: ContentSort; label: string }[] = [
  { value: 'published', label: 'Newest' },
  { value: 'views', label: 'Most viewed' },
  { value: 'engagement', label: 'Most engagement' },
];

/** A search box that reports what was typed once typing pauses, and follows `value` when it changes elsewhere. */
export function SearchBox({
  value,
  onSearch,
  className = 'col-span-2 min-w-56 sm:flex-1',
}: {
  value: string;
  onSearch: (q: string) => void;
  className?: string;
}) {
  const [text, setText] = useState(value);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  // The URL changed without us (a cleared filter, back/forward): show what it says.
  useEffect(() => {
    setText((typed) => (typed.trim() === value ? typed : value));
  }, [value]);

  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => latest.current(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value]);

  return (
    <div className={cn('relative', className)}>
      <Search
        className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
        aria-hidden
      />
      <Input
        type="search"
        aria-label="Search content"
        placeholder="Search titles and text…"
        className="px-9! [&::-webkit-search-cancel-button]:hidden"
        value={text}
        maxLength={200}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onSearch(text.trim());
        }}
      />
      {text && (
        <button
          type="button"
          onClick={() => {
            setText('');
            onSearch('');
          }}
          className="absolute top-1/2 right-2 -translate-y-1/2 rounded p-1 text-zinc-400 hover:text-zinc-600 focus-visible:outline-2 focus-visible:outline-accent-600"
          aria-label="Clear search"
        >
          <X className="size-3.5" />
        </button>
      )}
    </div>
  );
}

export interface ContentFilterValues {
  q: string;
  sourceId: string;
  platform: string;
  sort: ContentSort;
}

/** Search, source, platform and order of the content explorer; every change lands in the URL. */
export function ContentFilters({
  values,
  sources,
  onChange,
}: {
  values: ContentFilterValues;
  sources: Source[];
  onChange: (name: keyof ContentFilterValues, value: string) => void;
}) {
  return (
    <div className="grid grid-cols-2 gap-2 border-b border-zinc-100 px-4 py-3 sm:flex sm:flex-wrap sm:items-center">
      <SearchBox value={values.q} onSearch={(q) => onChange('q', q)} />
      <Select
        className="col-span-2 sm:w-48"
        aria-label="Source"
        value={values.sourceId}
        onChange={(event) => onChange('sourceId', event.target.value)}
        options={[{ value: '', label: 'All sources' }, ...sources.map((s) => ({ value: s.id, label: s.name }))]}
      />
      <Select
        className="sm:w-40"
        aria-label="Platform"
        value={values.platform}
        onChange={(event) => onChange('platform', event.target.value)}
        options={[
          { value: '', label: 'All platforms' },
          ...PLATFORM_KEYS.map((p) => ({ value: p, label: platformLabel(p) })),
        ]}
      />
      <Select
        className="sm:w-44"
        aria-label="Sort"
        value={values.sort}
        onChange={(event) => onChange('sort', event.target.value)}
        options={SORTS}
      />
    </div>
  );
}
