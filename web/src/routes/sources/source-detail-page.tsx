import { Newspaper, SearchX } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { BackLink } from '../../components/back-link';
import { buttonClasses } from '../../components/button';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { ListState } from '../../components/query-state';
import { PageSpinner } from '../../components/spinner';
import { dateTime, timeAgo } from '../../lib/format';
import { useWorkspace } from '../../shell/workspace-context';
import { ContentList } from '../content/content-list';
import { useContentList } from '../content/use-content';
import { WhatWorksCard } from '../content/what-works-card';
import { SourceProblem, SourceStatusBadge } from './source-status';
import { intervalLabel, SOURCE_TYPES, sourceTarget } from './source-types';
import { useSource } from './use-sources';

/** One source: what it reads, how it is doing, what works in what it collected, and its latest items. */
export function SourceDetailPage() {
  const workspace = useWorkspace();
  const { sourceId = '' } = useParams();
  const query = useSource(workspace.id, sourceId);
  const recent = useContentList(workspace.id, { sourceId, sort: 'published' }, 5);
  const base = `/w/${workspace.id}`;
  const backLink = <BackLink to={`${base}/sources`}>Sources</BackLink>;

  if (query.isPending) return <PageSpinner />;
  if (query.isError) {
    return (
      <>
        {backLink}
        {query.error instanceof ApiError && query.error.status === 404 ? (
          <EmptyState icon={<SearchX />} title="Source not found" description="It may have been deleted." />
        ) : (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        )}
      </>
    );
  }

  const source = query.data;
  const type = SOURCE_TYPES[source.type];
  const contentLink = `${base}/content?source=${source.id}`;
  return (
    <>
      {backLink}
      <PageHeader
        title={source.name}
        description={
          <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
            <SourceStatusBadge source={source} />
            <span className="inline-flex min-w-0 items-center gap-1.5">
              <type.icon className="size-4 shrink-0" aria-hidden />
              <span className="sr-only">{type.label}: </span>
              <span className="truncate">{sourceTarget(source)}</span>
            </span>
            {source.lastRunAt && <span title={dateTime(source.lastRunAt)}>Read {timeAgo(source.lastRunAt)}</span>}
            {source.status === 'active' && <span>{intervalLabel(source.intervalMinutes)}</span>}
          </span>
        }
        actions={
          <Link to={contentLink} className={buttonClasses('secondary')}>
            <Newspaper className="size-4" aria-hidden />
            {source.itemCount.toLocaleString()} {source.itemCount === 1 ? 'item' : 'items'}
          </Link>
        }
      />
      <SourceProblem source={source} />
      <div className="mt-2 space-y-6">
        <WhatWorksCard
          filter={{ sourceId: source.id }}
          description={`The topics, formats and phrases of ${source.name}’s items, and how those items did.`}
        />
        <Card title="Latest items" flush>
          <ListState
            query={recent.list}
            rows={3}
            empty={
              <EmptyState
                icon={<Newspaper />}
                title="Nothing collected yet"
                description="Items appear after the source’s next read."
              />
            }
          >
            {(items) => <ContentList items={items} compact />}
          </ListState>
        </Card>
      </div>
    </>
  );
}
