import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { JobKind, JobStatus } from '../../api/types';
import { pageQuery, usePaged } from '../../api/use-paged';
import { useLiveStatus } from '../../shell/workspace-context';
import { isActive } from './job-status';

/** How often to poll running jobs when the live connection is down. */
const FALLBACK_POLL_MS = 4000;

export function useJobs(
  workspaceId: string,
  filter: { status?: JobStatus; kind?: JobKind; subjectId?: string } = {},
  limit = 25,
) {
  const live = useLiveStatus();
  const { status, kind, subjectId } = filter;
  return usePaged(
    [...keys.jobList(workspaceId, status), kind ?? 'any', subjectId ?? 'any', limit],
    (cursor) =>
      unwrap(
        ws.jobs.$get({
          param: { workspaceId },
          query: {
            ...pageQuery(cursor, limit),
            ...(status ? { status } : {}),
            ...(kind ? { kind } : {}),
            ...(subjectId ? { subjectId } : {}),
          },
        }),
      ),
    { poll: (jobs) => (live !== 'open' && jobs.some(isActive) ? FALLBACK_POLL_MS : false) },
  );
}

/** One job, kept fresh by live events, polled while it runs if the live connection is down. */
export function useJob(workspaceId: string, jobId: string | null) {
  const live = useLiveStatus();
  return useQuery({
    queryKey: keys.job(workspaceId, jobId ?? ''),
    queryFn: () => unwrap(ws.jobs[':jobId'].$get({ param: { workspaceId, jobId: jobId ?? '' } })),
    enabled: jobId !== null,
    refetchInterval: (query) => {
      const job = query.state.data;
      return job && isActive(job) && live !== 'open' ? FALLBACK_POLL_MS : false;
    },
  });
}

export function useRetryJob(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => unwrap(ws.jobs[':jobId'].retry.$post({ param: { workspaceId, jobId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'jobs') }),
  });
}
