import { useQuery } from '@tanstack/react-query';
import type { InferResponseType } from 'hono/client';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';

export type PostMetrics = InferResponseType<(typeof ws.posts)[':postId']['metrics']['$get'], 200>;
export type TargetMetrics = PostMetrics['targets'][number];
export type AccountMetrics = InferResponseType<(typeof ws.accounts)[':accountId']['metrics']['$get'], 200>;

/** The browser's IANA time zone: best hours are shown on the viewer's own clock. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Each published target's numbers over time. Collected hourly, so refreshed no faster. */
export function usePostMetrics(workspaceId: string, postId: string) {
  return useQuery({
    queryKey: keys.postMetrics(workspaceId, postId),
    queryFn: () => unwrap(ws.posts[':postId'].metrics.$get({ param: { workspaceId, postId } })),
    staleTime: 5 * 60_000,
  });
}

/** An account's follower history and best hours in the browser's time zone. */
export function useAccountMetrics(workspaceId: string, accountId: string) {
  const timeZone = browserTimeZone();
  return useQuery({
    queryKey: keys.accountMetrics(workspaceId, accountId, timeZone),
    queryFn: () =>
      unwrap(ws.accounts[':accountId'].metrics.$get({ param: { workspaceId, accountId }, query: { timeZone } })),
    staleTime: 5 * 60_000,
  });
}
