import { and, eq } from 'drizzle-orm';
import { publishJob } from '../../../queues/reporter';
import { jobs } from '../../db/schema/jobs';
import { commitWithAudit } from '../audit/commit';
import type { ServiceContext } from '../context';
import { Conflict } from '../http/errors';
import { sendJob } from './enqueue';
import { getJob } from './read';

/** Puts a failed (or parked) job back on its queue with a fresh retry budget. */
export async function retryJob(ctx: ServiceContext, workspaceId: string, jobId: string) {
  const job = await getJob(ctx, workspaceId, jobId);
  if (job.status !== 'failed') throw new Conflict(`Only failed jobs can be retried; this one is ${job.status}.`);
  const now = new Date();
  const reset = {
    status: 'queued' as const,
    progress: 0,
    message: 'Waiting to start (retry)',
    error: null,
    result: null,
    attempts: 0,
    parkedAt: null,
    startedAt: null,
    finishedAt: null,
    updatedAt: now,
  };
  await commitWithAudit(
    ctx,
    [
      ctx.db
        .update(jobs)
        .set(reset)
        .where(and(eq(jobs.id, jobId), eq(jobs.status, 'failed'))),
    ],
    { workspaceId, action: 'job.retried', targetType: 'job', targetId: jobId, metadata: { kind: job.kind } },
  );
  const queued = { ...job, ...reset };
  await sendJob(ctx, queued);
  ctx.waitUntil(publishJob(ctx.env, queued));
  return queued;
}
