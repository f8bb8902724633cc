import { eq } from 'drizzle-orm';
import { publishLive } from '../durable-objects/live-publish';
import { type Job, jobs } from '../worker/db/schema/jobs';
import { logError } from '../worker/lib/log';
import type { RunnerContext } from './context';

/** Where a job stands, as the live stream and the API both tell it. */
export function jobSummary(job: Job) {
  return {
    id: job.id,
    kind: job.kind,
    subject: job.subjectType && job.subjectId ? { type: job.subjectType, id: job.subjectId } : null,
    status: job.status,
    progress: job.progress,
    message: job.message,
  };
}

export function publishJob(env: Env, job: Job): Promise<void> {
  return publishLive(env, job.workspaceId, { type: 'job', job: jobSummary(job) });
}

/**
 * How a consumer tells the job row (and, through LIVE, the browser) where it stands.
 * Every call writes D1 first, so a reload shows the same as the live stream did.
 */
export class JobReporter {
  #ctx: RunnerContext;
  job: Job;

  constructor(ctx: RunnerContext, job: Job) {
    this.#ctx = ctx;
    this.job = job;
  }

  async #update(patch: Partial<Job>): Promise<void> {
    const now = new Date();
    this.job = { ...this.job, ...patch, updatedAt: now };
    await this.#ctx.db
      .update(jobs)
      .set({ ...patch, updatedAt: now })
      .where(eq(jobs.id, this.job.id));
    await publishJob(this.#ctx.env, this.job);
  }

  start(attempt: number): Promise<void> {
    return this.#update({
      status: 'running',
      attempts: attempt,
      progress: 0,
      message: 'Starting',
      startedAt: new Date(),
    });
  }

  /** `progress` is 0–100; it never goes backwards within an attempt. */
  progress(progress: number, message: string): Promise<void> {
    return this.#update({ progress: Math.max(this.job.progress, Math.min(100, Math.round(progress))), message });
  }

  async succeed(result: unknown, message = 'Done'): Promise<void> {
    await this.#update({ status: 'succeeded', progress: 100, message, result, error: null, finishedAt: new Date() });
    await this.#settled();
  }

  /** Tells whoever listens that the job has finished for good; a failure to tell is logged, not thrown. */
  async #settled(): Promise<void> {
    try {
      await this.#ctx.onJobSettled?.(this.job);
    } catch (error) {
      logError('job.settled_hook_failed', error, { jobId: this.job.id });
    }
  }

  /** A failed attempt that the queue will retry after `retryInSeconds`. */
  willRetry(error: string, retryInSeconds: number): Promise<void> {
    return this.#update({
      status: 'queued',
      message: `Attempt ${this.job.attempts} failed; retrying in ${retryInSeconds}s`,
      error: { message: error },
    });
  }

  /** Out of retries: the job is parked where users can see it and retry it. */
  async park(error: string): Promise<void> {
    const now = new Date();
    await this.#update({
      status: 'failed',
      message: 'Failed after all retries',
      error: { message: error },
      parkedAt: now,
      finishedAt: now,
    });
    await this.#settled();
  }
}
