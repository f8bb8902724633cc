import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { SourceCreate, SourceStatus, SourceType } from '../../api/types';
import { pageQuery, usePaged } from '../../api/use-paged';
import { useLiveStatus } from '../../shell/workspace-context';

/** How often to refetch while a source is being read and the live connection is down. */
const FALLBACK_POLL_MS = 4000;

export interface SourceFilter {
  type?: SourceType | undefined;
  status?: SourceStatus | undefined;
}

export function useSources(workspaceId: string, filter: SourceFilter = {}, limit = 50) {
  const live = useLiveStatus();
  const { type, status } = filter;
  return usePaged(
    keys.sourceList(workspaceId, { type, status, limit }),
    (cursor) =>
      unwrap(
        ws.sources.$get({
          param: { workspaceId },
          query: { ...pageQuery(cursor, limit), ...(type ? { type } : {}), ...(status ? { status } : {}) },
        }),
      ),
    { poll: (sources) => (live !== 'open' && sources.some((s) => s.runningJobId) ? FALLBACK_POLL_MS : false) },
  );
}

/** Every source (up to 100, as `nextCursor` tells), for pickers, names and counts: most workspaces have far fewer. */
export function useAllSources(workspaceId: string) {
  return useQuery({
    queryKey: keys.sourceList(workspaceId, { all: true }),
    queryFn: () => unwrap(ws.sources.$get({ param: { workspaceId }, query: pageQuery(undefined, 100) })),
  });
}

function useInvalidateSources(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      (['sources', 'jobs', 'audit'] as const).map((area) =>
        queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, area) }),
      ),
    );
}

export function useCreateSource(workspaceId: string) {
  const invalidate = useInvalidateSources(workspaceId);
  return useMutation({
    mutationFn: (json: SourceCreate) => unwrap(ws.sources.$post({ param: { workspaceId }, json })),
    onSuccess: invalidate,
  });
}

export interface SourcePatch {
  name?: string;
  intervalMinutes?: number;
  status?: SourceStatus;
}

export function useUpdateSource(workspaceId: string) {
  const invalidate = useInvalidateSources(workspaceId);
  return useMutation({
    mutationFn: ({ sourceId, patch }: { sourceId: string; patch: SourcePatch }) =>
      unwrap(ws.sources[':sourceId'].$patch({ param: { workspaceId, sourceId }, json: patch })),
    onSuccess: invalidate,
  });
}

export function useRunSource(workspaceId: string) {
  const invalidate = useInvalidateSources(workspaceId);
  return useMutation({
    mutationFn: (sourceId: string) => unwrap(ws.sources[':sourceId'].run.$post({ param: { workspaceId, sourceId } })),
    onSuccess: invalidate,
  });
}

export function useDeleteSource(workspaceId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateSources(workspaceId);
  return useMutation({
    mutationFn: (sourceId: string) => unwrap(ws.sources[':sourceId'].$delete({ param: { workspaceId, sourceId } })),
    onSuccess: () =>
      Promise.all([invalidate(), queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'content') })]),
  });
}
