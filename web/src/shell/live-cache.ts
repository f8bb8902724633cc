import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { type Area, keys } from '../api/keys';
import type { LiveEvent } from '../api/live';
import type { Job, Page } from '../api/types';

type JobPatch = Extract<LiveEvent, { type: 'job' }>['job'];

/** What each kind of change (the action's first word) makes stale, besides the audit log. */
const AREAS_BY_SUBJECT: Record<string, Area[]> = {
  member: ['members', 'api-keys'],
  invitation: ['invitations', 'members'],
  api_key: ['api-keys'],
  job: ['jobs'],
  export: ['jobs'],
  workspace: ['details'],
  // A deleted source takes its content with it.
  source: ['sources', 'content'],
  ai: ['ai'],
  brand_voice: ['brand-voices'],
  // An account that needs reconnecting holds its posts' targets.
  account: ['accounts', 'posts'],
  // Every move of a post's target (post.target_published…) as it publishes.
  post: ['posts'],
  media: ['media'],
};

/** What a background job changes when it ends (and, for reads of sources, when it starts). */
const AREAS_BY_JOB_KIND: Record<string, { started: Area[]; finished: Area[] }> = {
  'source.ingest': { started: ['sources'], finished: ['sources', 'content'] },
  'content.analyze': { started: [], finished: ['content'] },
};

/** Applies a live event to the query cache: job progress in place, other changes by refetching. */
export function applyLiveEvent(queryClient: QueryClient, workspaceId: string, event: LiveEvent, myUserId?: string) {
  if (event.type === 'job') {
    patchJob(queryClient, workspaceId, event.job);
    return;
  }
  const subject = event.action.split('.')[0] ?? '';
  for (const area of ['audit', ...(AREAS_BY_SUBJECT[subject] ?? [])] as Area[]) {
    void queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, area) });
  }
  // Renames show in the switcher; role changes and removals change what you may do.
  if (subject === 'workspace' || (event.targetType === 'user' && event.targetId === myUserId)) {
    void queryClient.invalidateQueries({ queryKey: keys.me });
  }
}

function patchJob(queryClient: QueryClient, workspaceId: string, patch: JobPatch) {
  const finished = patch.status === 'succeeded' || patch.status === 'failed';
  queryClient.setQueryData<Job>(keys.job(workspaceId, patch.id), (job) => (job ? { ...job, ...patch } : job));
  let listed = false;
  queryClient.setQueriesData<InfiniteData<Page<Job>>>({ queryKey: ['ws', workspaceId, 'jobs', 'list'] }, (data) => {
    if (!data?.pages) return data;
    return {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        items: page.items.map((job) => {
          if (job.id !== patch.id) return job;
          listed = true;
          return { ...job, ...patch };
        }),
      })),
    };
  });
  // Results, errors and timestamps are not in the event: refetch when a job ends. New jobs,
  // or ones that moved between status filters and counts, need the lists refetched too.
  // Other jobs' own queries stay as they are: their own events keep them current (refetching
  // them all on every event would multiply requests by the jobs on screen, one per source).
  if (finished || !listed) {
    void queryClient.invalidateQueries({
      queryKey: keys.area(workspaceId, 'jobs'),
      predicate: ({ queryKey }) => queryKey[3] !== 'one' || queryKey[4] === patch.id,
    });
  }
  // A source shows its read in progress, and the read's items once it ends.
  const areas = AREAS_BY_JOB_KIND[patch.kind];
  const changed = finished ? areas?.finished : patch.status === 'queued' ? areas?.started : undefined;
  for (const area of changed ?? []) void queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, area) });
}
