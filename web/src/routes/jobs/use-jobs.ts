import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { JobStatus } from '../../api/types';
import { pageQuery, usePaged } from '../../api/use-paged';
import { useLiveStatus } from '../../shell/workspace-context';
import { isActive } from './job-status';

/** How often to poll running jobs when the live connection is down. */
const FALLBACK_POLL_MS = 4000;

export function useJobs(workspaceId: string, status?: JobStatus, limit = 25) {
  const live = useLiveStatus();
  return usePaged(
    [...keys.jobList(workspaceId, status), limit],
    (cursor) =>
      unwrap(
        ws.jobs.$get({
          param: { workspaceId },
          query: status ? { ...pageQuery(cursor, limit), status } : pageQuery(cursor, limit),
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
