import { Newspaper, Rss, SearchX } from 'lucide-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ContentSort } from '../../api/types';
import { Button, buttonClasses } from '../../components/button';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ListState, LoadMore } from '../../components/query-state';
import { cn } from '../../lib/cn';
import { useWorkspace } from '../../shell/workspace-context';
import { useAllSources } from '../sources/use-sources';
import { ContentFilters, type ContentFilterValues, SORTS } from './content-filters';
import { ContentList } from './content-list';
import { useContentList } from './use-content';

/** The URL's names for the filters: /content?q=…&source=…&platform=…&sort=… */
const PARAMS: Record<keyof ContentFilterValues, string> = {
  q: 'q',
  sourceId: 'source',
  platform: 'platform',
  sort: 'sort',
};

function parseSort(value: string | null): ContentSort {
  return SORTS.find((sort) => sort.value === value)?.value ?? 'published';
}

export function ContentPage() {
  const workspace = useWorkspace();
  const [params, setParams] = useSearchParams();
  const values: ContentFilterValues = {
    q: params.get(PARAMS.q) ?? '',
    sourceId: params.get(PARAMS.sourceId) ?? '',
    platform: params.get(PARAMS.platform) ?? '',
    sort: parseSort(params.get(PARAMS.sort)),
  };
  const narrowed = values.q !== '' || values.sourceId !== '' || values.platform !== '';
  const sources = useAllSources(workspace.id);
  const { list, more } = useContentList(workspace.id, {
    q: values.q || undefined,
    sourceId: values.sourceId || undefined,
    platform: values.platform || undefined,
    sort: values.sort,
  });
  const sourceList = sources.data?.items;
  const sourceNames = useMemo(() => new Map(sourceList?.map((s) => [s.id, s.name])), [sourceList]);
  const noSources = sourceList?.length === 0;

  const setFilter = (name: keyof ContentFilterValues, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value && !(name === 'sort' && value === 'published')) next.set(PARAMS[name], value);
        else next.delete(PARAMS[name]);
        return next;
      },
      { replace: true },
    );

  const sourcesLink = (
    <Link to={`/w/${workspace.id}/sources`} className={buttonClasses('primary')}>
      <Rss className="size-4" aria-hidden />
      Go to Sources
    </Link>
  );

  const empty = narrowed ? (
    <EmptyState
      icon={<SearchX />}
      title="No results"
      description={
        values.q
          ? `Nothing matches “${values.q}”${values.sourceId || values.platform ? ' with these filters' : ''}. Try other words, or fewer filters.`
          : 'Nothing matches these filters.'
      }
      action={<Button onClick={() => setParams({}, { replace: true })}>Clear search and filters</Button>}
    />
  ) : noSources ? (
    <EmptyState
      icon={<Newspaper />}
      title="No content yet"
      description="Content is what your sources collect: posts, articles, videos and trends. Add a source and what it reads shows up here."
      action={sourcesLink}
    />
  ) : (
    <EmptyState
      icon={<Newspaper />}
      title="Nothing collected yet"
      description="Your sources have not found anything yet. They are read on their schedule; you can also run one now from Sources."
      action={sourcesLink}
    />
  );

  return (
    <>
      <PageHeader
        title="Content"
        description="Everything your sources collected, searchable, with the numbers each platform reports."
      />
      <Card flush>
        <ContentFilters values={values} sources={sourceList ?? []} onChange={setFilter} />
        <div
          className={cn('transition-opacity', list.isPlaceholderData && 'opacity-60')}
          aria-busy={list.isPlaceholderData}
        >
          <ListState query={list} rows={5} empty={empty}>
            {(items) => <ContentList items={items} sourceNames={sourceNames} />}
          </ListState>
        </div>
        <LoadMore {...more} />
      </Card>
    </>
  );
}
