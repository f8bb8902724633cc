import type { ReactNode } from 'react';
import { Button } from './button';
import { ErrorState } from './error-state';
import { SkeletonRows } from './skeleton';

interface ListQuery<T> {
  data: T[] | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The three states every list has besides "here it is": loading (skeleton rows), failed
 * (the server's message and a retry) and empty.
 */
export function ListState<T>({
  query,
  empty,
  rows,
  children,
}: {
  query: ListQuery<T>;
  empty: ReactNode;
  rows?: number;
  children: (items: T[]) => ReactNode;
}) {
  if (query.isPending) return <SkeletonRows rows={rows} />;
  if (query.isError || !query.data) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (query.data.length === 0) return <>{empty}</>;
  return <>{children(query.data)}</>;
}

/** "Load more" under a cursor-paginated list. */
export function LoadMore({ hasMore, loading, onLoad }: { hasMore: boolean; loading: boolean; onLoad: () => unknown }) {
  if (!hasMore) return null;
  return (
    <div className="flex justify-center border-t border-zinc-100 px-4 py-3">
      <Button size="sm" variant="ghost" loading={loading} onClick={() => onLoad()}>
        Load more
      </Button>
    </div>
  );
}
