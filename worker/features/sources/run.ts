import { and, eq, exists, isNull } from 'drizzle-orm';
import { type AuditInput, changedRows, commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { ResourceNotFound } from '../../core/http/errors';
import { prepareJob, sendJob } from '../../core/jobs/enqueue';
import { insertWhere } from '../../db/insert-where';
import { jobs } from '../../db/schema/jobs';
import { type Source, sources } from '../../db/schema/sources';
import { newId } from '../../lib/ids';
import { SOURCE_INGEST } from './contracts';

export async function getSource(ctx: ServiceContext, workspaceId: string, sourceId: string): Promise<Source> {
  const [source] = await ctx.db
    .select()
    .from(sources)
    .where(and(eq(sources.id, sourceId), eq(sources.workspaceId, workspaceId)));
  if (!source) throw new ResourceNotFound('The source');
  return source;
}

/** The job reading the source now, if it is still queued or running. */
async function activeRun(ctx: ServiceContext, source: Source): Promise<string | null> {
  if (!source.runningJobId) return null;
  const [job] = await ctx.db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, source.runningJobId));
  return job?.status === 'queued' || job?.status === 'running' ? source.runningJobId : null;
}

/** The read job of a source, ready to be written in a batch. */
export function prepareRead(
  ctx: ServiceContext,
  source: Pick<Source, 'id' | 'workspaceId'>,
  requestedBy: string | null,
  jobId = newId('job'),
) {
  return prepareJob(ctx, source.workspaceId, SOURCE_INGEST, { sourceId: source.id }, requestedBy, {
    id: jobId,
    subject: { type: 'source', id: source.id },
  });
}

/**
 * Starts a read of the source unless one is already queued or running, in which case that
 * job is the answer: a source is never read twice at once. The claim, the job row and the
 * audit entry (if any) are one D1 batch: the job and the entry are written only if the
 * claim — one conditional write, so concurrent "run now" clicks and the cron agree on a
 * single job — succeeded. The message is sent once they are stored.
 */
export async function runSource(
  ctx: ServiceContext,
  workspaceId: string,
  sourceId: string,
  requestedBy: string | null,
  options: { delaySeconds?: number; audit?: AuditInput } = {},
): Promise<{ source: Source; jobId: string; started: boolean }> {
  const source = await getSource(ctx, workspaceId, sourceId);
  const running = await activeRun(ctx, source);
  if (running) return { source, jobId: running, started: false };

  const { job } = prepareRead(ctx, source, requestedBy);
  const claimedByThisJob = exists(
    ctx.db
      .select({ id: sources.id })
      .from(sources)
      .where(and(eq(sources.id, sourceId), eq(sources.runningJobId, job.id))),
  );
  const claim = ctx.db
    .update(sources)
    .set({ runningJobId: job.id })
    .where(
      and(
        eq(sources.id, sourceId),
        source.runningJobId === null ? isNull(sources.runningJobId) : eq(sources.runningJobId, source.runningJobId),
      ),
    );
  const [claimed] = await commitWithAudit(
    ctx,
    [claim, insertWhere(ctx.db, jobs, job, claimedByThisJob)],
    options.audit ? [{ ...options.audit, metadata: { ...options.audit.metadata, jobId: job.id } }] : [],
    { when: claimedByThisJob },
  );
  if (changedRows(claimed) !== 1) {
    const now = await getSource(ctx, workspaceId, sourceId);
    return { source: now, jobId: now.runningJobId ?? job.id, started: false };
  }
  await sendJob(ctx, job, options.delaySeconds);
  return { source: { ...source, runningJobId: job.id }, jobId: job.id, started: true };
}
