import { keepPreviousData, type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Page } from './types';

/**
 * A cursor-paginated list as one growing array: `list` feeds <ListState>, `more` feeds
 * <LoadMore>.
 */
export function usePaged<T>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
  options: {
    enabled?: boolean /** Milliseconds until the next refetch, given what is loaded; false for none. */;
    poll?: (items: T[]) => number | false;
    /** Keep showing the last list while a changed query (a new search, say) loads. */
    keepPrevious?: boolean;
  } = {},
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: options.enabled ?? true,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    refetchInterval: options.poll
      ? (query) => options.poll?.(query.state.data?.pages.flatMap((page) => page.items) ?? []) ?? false
      : false,
  });
  const items = useMemo(() => query.data?.pages.flatMap((page) => page.items), [query.data]);
  return {
    list: {
      data: items,
      isPending: query.isPending,
      isError: query.isError,
      error: query.error,
      refetch: query.refetch,
      /** True while a changed query loads behind the previous list (with `keepPrevious`). */
      isPlaceholderData: query.isPlaceholderData,
    },
    more: { hasMore: query.hasNextPage, loading: query.isFetchingNextPage, onLoad: query.fetchNextPage },
  };
}

/** The `query` of a list call: a page size and, after the first page, the cursor. */
export function pageQuery(cursor: string | undefined, limit = 25) {
  return cursor ? { limit: String(limit), cursor } : { limit: String(limit) };
}
