import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { MediaKind } from '../../api/types';
import { pageQuery, usePaged } from '../../api/use-paged';
import { uploadFile } from './upload-file';

export interface MediaFilter {
  q?: string;
  kind?: MediaKind;
}

/** The workspace's media library, newest first, page by page; the composer reuses it to pick files. */
export function useMedia(workspaceId: string, filter: MediaFilter = {}) {
  return usePaged(
    keys.mediaList(workspaceId, filter),
    (cursor) =>
      unwrap(
        ws.media.$get({
          param: { workspaceId },
          query: {
            ...pageQuery(cursor, 48),
            ...(filter.q ? { q: filter.q } : {}),
            ...(filter.kind ? { kind: filter.kind } : {}),
          },
        }),
      ),
    { keepPrevious: true },
  );
}

function useInvalidateMedia(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'media') }),
      queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'audit') }),
    ]);
}

export function useUploadMedia(workspaceId: string) {
  const invalidate = useInvalidateMedia(workspaceId);
  return useMutation({
    mutationFn: (input: { file: File; alt?: string; onProgress?: (sent: number, total: number) => void }) =>
      uploadFile(workspaceId, input.file, input),
    onSuccess: invalidate,
  });
}

export function useUpdateMedia(workspaceId: string) {
  const invalidate = useInvalidateMedia(workspaceId);
  return useMutation({
    mutationFn: ({ mediaId, alt }: { mediaId: string; alt: string | null }) =>
      unwrap(ws.media[':mediaId'].$patch({ param: { workspaceId, mediaId }, json: { alt } })),
    onSuccess: invalidate,
  });
}

export function useDeleteMedia(workspaceId: string) {
  const invalidate = useInvalidateMedia(workspaceId);
  return useMutation({
    mutationFn: (mediaId: string) => unwrap(ws.media[':mediaId'].$delete({ param: { workspaceId, mediaId } })),
    onSuccess: invalidate,
  });
}
