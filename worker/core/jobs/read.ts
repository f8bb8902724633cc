import { and, desc, eq, lt } from 'drizzle-orm';
import { type JOB_STATUSES, jobs } from '../../db/schema/jobs';
import type { ServiceContext } from '../context';
import { ResourceNotFound } from '../http/errors';
import { decodeCursor, toPage } from '../http/pagination';
import { presentJob } from './present';

export async function getJob(ctx: ServiceContext, workspaceId: string, jobId: string) {
  const [job] = await ctx.db
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.workspaceId, workspaceId)));
  if (!job) throw new ResourceNotFound('The job');
  return job;
}

export async function listJobs(
  ctx: ServiceContext,
  workspaceId: string,
  filter: {
    limit: number;
    cursor?: string | undefined;
    status?: (typeof JOB_STATUSES)[number] | undefined;
    kind?: string | undefined;
    subjectId?: string | undefined;
  },
) {
  const after = decodeCursor(filter.cursor, 1);
  const rows = await ctx.db
    .select()
    .from(jobs)
    .where(
      and(
        eq(jobs.workspaceId, workspaceId),
        filter.status ? eq(jobs.status, filter.status) : undefined,
        filter.kind ? eq(jobs.kind, filter.kind) : undefined,
        filter.subjectId ? eq(jobs.subjectId, filter.subjectId) : undefined,
        after ? lt(jobs.id, String(after[0])) : undefined,
      ),
    )
    .orderBy(desc(jobs.id))
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (job) => [job.id], presentJob);
}
