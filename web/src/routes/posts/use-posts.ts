import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { Post, PostCreate, PostStatus, PostUpdate } from '../../api/types';
import { pageQuery, usePaged } from '../../api/use-paged';

/** Posts, newest first, optionally of one status. */
export function usePosts(workspaceId: string, status: PostStatus | undefined) {
  return usePaged(
    keys.postList(workspaceId, { status }),
    (cursor) =>
      unwrap(
        ws.posts.$get({ param: { workspaceId }, query: { ...pageQuery(cursor, 50), ...(status ? { status } : {}) } }),
      ),
    { keepPrevious: true },
  );
}

/** Every post scheduled between two instants (a calendar view): page after page until the last. */
export function usePostsBetween(workspaceId: string, from: Date, to: Date) {
  const range = { from: from.toISOString(), to: to.toISOString() };
  return useQuery({
    queryKey: keys.postList(workspaceId, range),
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const all: Post[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          ws.posts.$get({ param: { workspaceId }, query: { ...pageQuery(cursor, 100), ...range } }),
        );
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
  });
}

export function usePost(workspaceId: string, postId: string) {
  return useQuery({
    queryKey: keys.post(workspaceId, postId),
    queryFn: () => unwrap(ws.posts[':postId'].$get({ param: { workspaceId, postId } })),
  });
}

function useInvalidatePosts(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'posts') }),
      queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'audit') }),
    ]);
}

/** Creates a post; one Idempotency-Key per submission, so a repeated request makes one post. */
export function useCreatePost(workspaceId: string) {
  const invalidate = useInvalidatePosts(workspaceId);
  return useMutation({
    mutationFn: ({ json, key }: { json: PostCreate; key: string }) =>
      unwrap(ws.posts.$post({ param: { workspaceId }, json }, { headers: { 'Idempotency-Key': key } })),
    onSuccess: invalidate,
  });
}

export function useUpdatePost(workspaceId: string) {
  const invalidate = useInvalidatePosts(workspaceId);
  return useMutation({
    mutationFn: ({ postId, json }: { postId: string; json: PostUpdate }) =>
      unwrap(ws.posts[':postId'].$patch({ param: { workspaceId, postId }, json })),
    onSuccess: invalidate,
  });
}

export function useDeletePost(workspaceId: string) {
  const invalidate = useInvalidatePosts(workspaceId);
  return useMutation({
    mutationFn: (postId: string) => unwrap(ws.posts[':postId'].$delete({ param: { workspaceId, postId } })),
    onSuccess: invalidate,
  });
}

export function useRetryPost(workspaceId: string) {
  const invalidate = useInvalidatePosts(workspaceId);
  return useMutation({
    mutationFn: (postId: string) =>
      unwrap(ws.posts[':postId'].retry.$post({ param: { workspaceId, postId }, json: {} })),
    onSuccess: invalidate,
  });
}
