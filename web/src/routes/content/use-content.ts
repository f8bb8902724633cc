import { useQuery } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { ContentSort } from '../../api/types';
import { pageQuery, usePaged } from '../../api/use-paged';

export interface ContentFilter {
  q?: string | undefined;
  sourceId?: string | undefined;
  platform?: string | undefined;
  sort: ContentSort;
}

/** Collected content, filtered, searched and sorted by the API, a page at a time. */
export function useContentList(workspaceId: string, filter: ContentFilter, limit = 24) {
  const { q, sourceId, platform, sort } = filter;
  return usePaged(
    keys.contentList(workspaceId, { q, sourceId, platform, sort, limit }),
    (cursor) =>
      unwrap(
        ws.content.$get({
          param: { workspaceId },
          query: {
            ...pageQuery(cursor, limit),
            sort,
            ...(q ? { q } : {}),
            ...(sourceId ? { sourceId } : {}),
            ...(platform ? { platform } : {}),
          },
        }),
      ),
    { keepPrevious: true },
  );
}

/** One item with its body, metric history and analysis. */
export function useContentItem(workspaceId: string, contentId: string) {
  return useQuery({
    queryKey: keys.contentItem(workspaceId, contentId),
    queryFn: () => unwrap(ws.content[':contentId'].$get({ param: { workspaceId, contentId } })),
  });
}

export interface InsightsFilter {
  sourceId?: string | undefined;
  author?: string | undefined;
  platform?: string | undefined;
}

/** What works for a source, an author or a platform: topics, formats and keyphrases with their performance. */
export function useContentInsights(workspaceId: string, filter: InsightsFilter) {
  const { sourceId, author, platform } = filter;
  return useQuery({
    queryKey: keys.contentInsights(workspaceId, { sourceId, author, platform }),
    queryFn: () =>
      unwrap(
        ws.content.insights.$get({
          param: { workspaceId },
          query: {
            ...(sourceId ? { sourceId } : {}),
            ...(author ? { author } : {}),
            ...(platform ? { platform } : {}),
          },
        }),
      ),
  });
}
