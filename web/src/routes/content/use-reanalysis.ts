import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import { useLiveStatus } from '../../shell/workspace-context';
import { isActive } from '../jobs/job-status';
import { useJob, useJobs } from '../jobs/use-jobs';

/**
 * "Analyse again": starts the item's analysis job and follows it (live events, or polling
 * while they are down). `job` is the one started here, or one already running for the item;
 * the item is refetched when it ends.
 */
export function useReanalysis(workspaceId: string, contentId: string) {
  const queryClient = useQueryClient();
  const live = useLiveStatus();
  const [started, setStarted] = useState<string | null>(null);
  const latest = useJobs(workspaceId, { kind: 'content.analyze', subjectId: contentId }, 1).list.data?.[0];
  const jobId = started ?? (latest && isActive(latest) ? latest.id : null);
  const job = useJob(workspaceId, jobId).data;
  const start = useMutation({
    mutationFn: () => unwrap(ws.content[':contentId'].analyze.$post({ param: { workspaceId, contentId } })),
    onSuccess: (created) => {
      queryClient.setQueryData(keys.job(workspaceId, created.id), created);
      setStarted(created.id);
    },
  });
  const status = job?.status;

  // With live events on, the job's end already refreshes content (shell/live-cache.ts).
  useEffect(() => {
    if (status === 'succeeded' && live !== 'open')
      void queryClient.invalidateQueries({ queryKey: keys.contentItem(workspaceId, contentId) });
  }, [status, live, queryClient, workspaceId, contentId]);

  return { job, startedHere: started !== null, start, running: job !== undefined && isActive(job) };
}
