import { and, eq, isNull } from 'drizzle-orm';
import { jobs, type Source, sources } from '../../db/schema';
import { NotFound } from '../../core/http/errors';
import { newId } from '../../lib/ids';
import type { ServiceContext } from '../../core/context';
import { enqueueJob } from '../../core/jobs/enqueue';

export async function getSource(ctx: ServiceContext, workspaceId: string, sourceId: string): Promise<Source> {
  const [source] = await ctx.db
    .select()
    .from(sources)
    .where(and(eq(sources.id, sourceId), eq(sources.workspaceId, workspaceId)));
  if (!source) throw new NotFound('The source');
  return source;
}

/** The job reading the source now, if it is still queued or running. */
async function activeRun(ctx: ServiceContext, source: Source): Promise<string | null> {
  if (!source.runningJobId) return null;
  const [job] = await ctx.db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, source.runningJobId));
  return job?.status === 'queued' || job?.status === 'running' ? source.runningJobId : null;
}

/**
 * Starts a read of the source unless one is already queued or running, in which case that
 * job is the answer: a source is never read twice at once. The claim is one conditional
 * write, so concurrent "run now" clicks and the cron agree on a single job.
 */
export async function runSource(
  ctx: ServiceContext,
  workspaceId: string,
  sourceId: string,
  requestedBy: string | null,
  options: { delaySeconds?: number } = {},
): Promise<{ source: Source; jobId: string; started: boolean }> {
  const source = await getSource(ctx, workspaceId, sourceId);
  const running = await activeRun(ctx, source);
  if (running) return { source, jobId: running, started: false };

  const jobId = newId('job');
  const claimed = await ctx.db
    .update(sources)
    .set({ runningJobId: jobId })
    .where(
      and(
        eq(sources.id, sourceId),
        source.runningJobId === null ? isNull(sources.runningJobId) : eq(sources.runningJobId, source.runningJobId),
      ),
    )
    .run();
  if (claimed.meta.changes !== 1) {
    const now = await getSource(ctx, workspaceId, sourceId);
    return { source: now, jobId: now.runningJobId ?? jobId, started: false };
  }
  await enqueueJob(ctx, workspaceId, 'source.ingest', { sourceId }, requestedBy, {
    id: jobId,
    subject: { type: 'source', id: sourceId },
    ...options,
  });
  return { source: { ...source, runningJobId: jobId }, jobId, started: true };
}
