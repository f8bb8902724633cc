import { eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { type JobContract, type MessageInput, QUEUE_BINDINGS } from '../../../queues/contracts';
import { type Job, jobs } from '../../db/schema/jobs';
import { newId } from '../../lib/ids';
import { logError } from '../../lib/log';
import type { ServiceContext } from '../context';
import { AppError } from '../http/errors';

/** The queue refused a job's message: the job is recorded as failed, so a person can retry it. */
export class EnqueueFailed extends AppError {
  readonly status = 503;
  readonly slug = 'queue-unavailable';
  readonly title = 'The work could not be queued';
  constructor(jobId: string) {
    super(
      `The background queue refused job ${jobId}. It is recorded as failed: retry it from Jobs, or try again shortly.`,
    );
    this.headers['Retry-After'] = '30';
  }
}

export interface JobOptions {
  id?: string;
  delaySeconds?: number;
  subject?: { type: string; id: string };
}

/** A job row to write in the caller's batch (with the change and audit entry it belongs to), then `sendJob`. */
export interface PreparedJob {
  job: Job;
  insert: BatchItem<'sqlite'>;
}

/** The row of a new job of `contract`'s kind; nothing is written or sent yet. */
export function prepareJob<C extends JobContract>(
  ctx: ServiceContext,
  workspaceId: string,
  contract: C,
  input: MessageInput<C>,
  createdBy: string | null,
  options: JobOptions = {},
): PreparedJob {
  const now = new Date();
  const id = options.id ?? newId('job', now.getTime());
  const payload = { ...input, v: 1, jobId: id, workspaceId, kind: contract.kind };
  const job: Job = {
    id,
    workspaceId,
    kind: contract.kind,
    subjectType: options.subject?.type ?? null,
    subjectId: options.subject?.id ?? null,
    status: 'queued',
    progress: 0,
    message: 'Waiting to start',
    result: null,
    error: null,
    queue: contract.queue,
    payload,
    attempts: 0,
    parkedAt: null,
    createdBy,
    createdAt: now,
    updatedAt: now,
    startedAt: null,
    finishedAt: null,
  };
  return { job, insert: ctx.db.insert(jobs).values(job) };
}

/** Records a job and puts its message on the kind's queue; the job id is the handle users poll. */
export async function enqueueJob<C extends JobContract>(
  ctx: ServiceContext,
  workspaceId: string,
  contract: C,
  input: MessageInput<C>,
  createdBy: string | null,
  options: JobOptions = {},
): Promise<Job> {
  const { job, insert } = prepareJob(ctx, workspaceId, contract, input, createdBy, options);
  await ctx.db.batch([insert]);
  await sendJob(ctx, job, options.delaySeconds);
  return job;
}

/** Sends (or re-sends) a stored job's message. If the queue refuses it, the job fails visibly. */
export async function sendJob(ctx: ServiceContext, job: Job, delaySeconds?: number): Promise<void> {
  const binding = ctx.env[QUEUE_BINDINGS[job.queue as keyof typeof QUEUE_BINDINGS]];
  try {
    await binding.send(job.payload, { contentType: 'json', ...(delaySeconds ? { delaySeconds } : {}) });
  } catch (error) {
    logError('job.enqueue_failed', error, { jobId: job.id, requestId: ctx.requestId });
    await ctx.db
      .update(jobs)
      .set({ status: 'failed', error: { message: 'The job could not be queued. Retry it.' }, updatedAt: new Date() })
      .where(eq(jobs.id, job.id));
    throw new EnqueueFailed(job.id);
  }
}
