import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InferResponseType } from 'hono/client';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import { pageQuery, usePaged } from '../../api/use-paged';

export type TargetNeedingAttention = InferResponseType<typeof ws.targets.$get, 200>['items'][number];

/** Targets that failed, are unconfirmed or are held, across the workspace; under 'posts' so every post event refreshes it. */
export function useFailures(workspaceId: string) {
  return usePaged([...keys.area(workspaceId, 'posts'), 'attention'], (cursor) =>
    unwrap(ws.targets.$get({ param: { workspaceId }, query: pageQuery(cursor, 50) })),
  );
}

/**
 * Retries targets, one request per post (retry takes a post and some of its targets).
 * Answers how many posts could not be retried (nothing waiting for a retry any more).
 */
export function useRetryTargets(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (targets: readonly Pick<TargetNeedingAttention, 'id' | 'postId'>[]) => {
      const byPost = new Map<string, string[]>();
      for (const target of targets) byPost.set(target.postId, [...(byPost.get(target.postId) ?? []), target.id]);
      const results = await Promise.allSettled(
        [...byPost].map(([postId, targetIds]) =>
          unwrap(ws.posts[':postId'].retry.$post({ param: { workspaceId, postId }, json: { targetIds } })),
        ),
      );
      const failed = results.filter((r) => r.status === 'rejected');
      if (failed.length === results.length && failed[0]?.status === 'rejected') throw failed[0].reason;
      return failed.length;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'posts') }),
  });
}
