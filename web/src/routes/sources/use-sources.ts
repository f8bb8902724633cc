import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { Job, SourceCreate, SourceStatus, SourceType } from '../../api/types';
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

function useReads(workspaceId: string, status: 'running' | 'queued', expected: boolean) {
  const live = useLiveStatus();
  return usePaged(
    // Under the job lists' key, so live job events patch these in place (shell/live-cache.ts).
    [...keys.jobList(workspaceId, status), 'source.ingest', 100],
    (cursor) =>
      unwrap(
        ws.jobs.$get({
          param: { workspaceId },
          query: { ...pageQuery(cursor, 100), status, kind: 'source.ingest' },
        }),
      ),
    { poll: () => (live !== 'open' && expected ? FALLBACK_POLL_MS : false) },
  );
}

/**
 * The reads of sources in progress, by job id: two lists (running and queued) that live
 * events keep current, rather than one request per source being read. `expected` says a
 * source shows a read in progress, so the lists poll for it while the live connection is down.
 */
export function useActiveReads(workspaceId: string, expected: boolean): Map<string, Job> {
  const running = useReads(workspaceId, 'running', expected).list.data;
  const queued = useReads(workspaceId, 'queued', expected).list.data;
  return useMemo(() => new Map([...(queued ?? []), ...(running ?? [])].map((job) => [job.id, job])), [running, queued]);
}

/** Every source (up to 100, as `nextCursor` tells), for pickers, names and counts: most workspaces have far fewer. */
export function useAllSources(workspaceId: string) {
  return useQuery({
    queryKey: keys.sourceList(workspaceId, { all: true }),
    queryFn: () => unwrap(ws.sources.$get({ param: { workspaceId }, query: pageQuery(undefined, 100) })),
  });
}

export function useSource(workspaceId: string, sourceId: string) {
  return useQuery({
    queryKey: keys.source(workspaceId, sourceId),
    queryFn: () => unwrap(ws.sources[':sourceId'].$get({ param: { workspaceId, sourceId } })),
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
