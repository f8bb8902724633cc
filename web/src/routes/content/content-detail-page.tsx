import { ExternalLink, SearchX } from 'lucide-react';
import { useLocation, useParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { BackLink } from '../../components/back-link';
import { buttonClasses } from '../../components/button';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageSpinner } from '../../components/spinner';
import { safeHref } from '../../lib/safe-html';
import { useWorkspace } from '../../shell/workspace-context';
import { useAllSources } from '../sources/use-sources';
import { AnalysisCard } from './analysis-card';
import { ContentAnalysisCard } from './content-analysis-card';
import { ContentBody } from './content-body';
import { DetailsCard, NumbersCard } from './content-facts';
import { PlatformBadge } from './content-metrics';
import { headline } from './headline';
import { MetricHistoryChart } from './metric-history-chart';
import { PublishedDate } from './published-date';
import { useContentItem } from './use-content';
import { WriteLikeThis } from './write-like-this';

/** The explorer's query string the user came from, so "back" returns to the same results. */
function cameFrom(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from.startsWith('?') ? state.from : '';
  }
  return '';
}

export function ContentDetailPage() {
  const workspace = useWorkspace();
  const { contentId = '' } = useParams();
  const location = useLocation();
  const query = useContentItem(workspace.id, contentId);
  const sources = useAllSources(workspace.id);
  const back = `/w/${workspace.id}/content${cameFrom(location.state)}`;

  const backLink = <BackLink to={back}>Content</BackLink>;

  if (query.isPending) return <PageSpinner />;
  if (query.isError) {
    return (
      <>
        {backLink}
        {query.error instanceof ApiError && query.error.status === 404 ? (
          <EmptyState
            icon={<SearchX />}
            title="Item not found"
            description="It may have been deleted with its source."
          />
        ) : (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        )}
      </>
    );
  }

  const item = query.data;
  const original = safeHref(item.url);
  const sourceName = sources.data?.items.find((source) => source.id === item.sourceId)?.name;
  const title = headline(item);

  return (
    <>
      {backLink}
      <PageHeader
        title={title}
        documentTitle={title}
        description={
          <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
            <PlatformBadge platform={item.platform} />
            {item.author && <span className="font-medium text-zinc-700">{item.author}</span>}
            <PublishedDate item={item} label />
          </span>
        }
        actions={
          <>
            {workspace.can('editor') && <WriteLikeThis item={item} />}
            {original && (
              <a href={original} target="_blank" rel="noopener noreferrer" className={buttonClasses('secondary')}>
                <ExternalLink className="size-4" aria-hidden />
                Open original
              </a>
            )}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <Card>
            {item.imageUrl && (
              <img
                src={item.imageUrl}
                alt=""
                className="mb-5 max-h-96 w-full rounded-lg object-cover ring-1 ring-zinc-200/70"
              />
            )}
            <ContentBody item={item} />
          </Card>
          <ContentAnalysisCard item={item} />
          <Card title="Metric history" description="The item’s numbers at each read of its source.">
            <MetricHistoryChart history={item.history} platform={item.platform} />
          </Card>
        </div>
        <div className="space-y-6">
          <NumbersCard item={item} />
          <AnalysisCard analysis={item.analysis} />
          <DetailsCard item={item} sourceName={sourceName} />
        </div>
      </div>
    </>
  );
}
