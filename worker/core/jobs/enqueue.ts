import { eq } from 'drizzle-orm';
import { MESSAGE_KINDS, type MessageInput, type MessageKind, QUEUE_BINDINGS } from '../../../queues/contracts';
import { type Job, jobs } from '../../db/schema';
import { newId } from '../../lib/ids';
import { logError } from '../../lib/log';
import type { ServiceContext } from '../context';

export class EnqueueFailed extends Error {}

/** Records a job and puts its message on the kind's queue; the job id is the handle users poll. */
export async function enqueueJob<K extends MessageKind>(
  ctx: ServiceContext,
  workspaceId: string,
  kind: K,
  input: MessageInput<K>,
  createdBy: string | null,
  options: { id?: string; delaySeconds?: number; subject?: { type: string; id: string } } = {},
): Promise<Job> {
  const now = new Date();
  const id = options.id ?? newId('job', now.getTime());
  const { queue } = MESSAGE_KINDS[kind];
  const payload = { ...input, v: 1, jobId: id, workspaceId, kind };
  const job: Job = {
    id,
    workspaceId,
    kind,
    subjectType: options.subject?.type ?? null,
    subjectId: options.subject?.id ?? null,
    status: 'queued',
    progress: 0,
    message: 'Waiting to start',
    result: null,
    error: null,
    queue,
    payload,
    attempts: 0,
    parkedAt: null,
    createdBy,
    createdAt: now,
    updatedAt: now,
    startedAt: null,
    finishedAt: null,
  };
  await ctx.db.insert(jobs).values(job);
  await send(ctx, job, options.delaySeconds);
  return job;
}

/** Sends (or re-sends) a stored job's message. If the queue refuses it, the job fails visibly. */
export async function send(ctx: ServiceContext, job: Job, delaySeconds?: number): Promise<void> {
  const binding = ctx.env[QUEUE_BINDINGS[job.queue as keyof typeof QUEUE_BINDINGS]];
  try {
    await binding.send(job.payload, { contentType: 'json', ...(delaySeconds ? { delaySeconds } : {}) });
  } catch (error) {
    logError('job.enqueue_failed', error, { jobId: job.id, requestId: ctx.requestId });
    await ctx.db
      .update(jobs)
      .set({ status: 'failed', error: { message: 'The job could not be queued. Retry it.' }, updatedAt: new Date() })
      .where(eq(jobs.id, job.id));
    throw new EnqueueFailed('queue send failed');
  }
}
