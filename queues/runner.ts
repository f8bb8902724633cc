import { eq } from 'drizzle-orm';
import { jobs } from '../worker/db/schema/jobs';
import { logError, logInfo } from '../worker/lib/log';
import type { RunnerContext } from './context';
import { JobEnvelope } from './contracts';
import { PermanentFailure, retryAfterOf } from './errors';
import type { JobDefinition } from './job';
import { JobReporter } from './reporter';

/** Seconds before attempt `attempts + 1`: 30 s doubling to an hour, with jitter so retries spread. */
export function backoffSeconds(attempts: number): number {
  const base = Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/** Runs job messages with the handlers of the given job definitions (one per kind). */
export function createJobRunner<Ctx extends RunnerContext>(definitions: readonly JobDefinition<Ctx>[]) {
  const byKind = new Map<string, JobDefinition<Ctx>>();
  for (const definition of definitions) {
    if (byKind.has(definition.contract.kind))
      throw new Error(`Two handlers for jobs of kind ${definition.contract.kind}`);
    byKind.set(definition.contract.kind, definition);
  }

  /**
   * Runs one queue message as a job: marks it running, hands it to its kind's handler with a
   * reporter, and records the outcome. Failures retry with backoff; after the queue's
   * max_retries the message goes to the dead-letter queue, whose consumer parks the job.
   */
  async function run(ctx: Ctx, message: Message<unknown>): Promise<void> {
    const envelope = JobEnvelope.safeParse(message.body);
    if (!envelope.success) {
      logError('queue.invalid_message', envelope.error, { body: message.body });
      message.retry();
      return;
    }
    const [job] = await ctx.db.select().from(jobs).where(eq(jobs.id, envelope.data.jobId));
    if (!job || job.status === 'succeeded') {
      // The workspace was deleted, or this is a second delivery of finished work.
      logInfo('queue.skipped', { jobId: envelope.data.jobId, reason: job ? 'already succeeded' : 'no such job' });
      message.ack();
      return;
    }
    const reporter = new JobReporter(ctx, job);
    try {
      const definition = byKind.get(envelope.data.kind);
      if (!definition) throw new PermanentFailure(`No consumer handles jobs of kind "${envelope.data.kind}".`);
      await reporter.start(message.attempts);
      // The whole body: the envelope's schema strips the fields of the kind.
      const result = await definition.run(ctx, message.body, reporter);
      await reporter.succeed(result);
      message.ack();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logError('job.failed_attempt', error, { jobId: job.id, kind: job.kind, attempt: message.attempts });
      if (error instanceof PermanentFailure) {
        await reporter.park(reason);
        message.ack();
        return;
      }
      // A service that said when to come back is not asked sooner.
      const delay = Math.max(backoffSeconds(message.attempts), retryAfterOf(error));
      await reporter.willRetry(reason, delay);
      message.retry({ delaySeconds: delay });
    }
  }

  /** Dead-letter consumer: the job behind each message is parked as failed, visible and retryable. */
  async function park(ctx: Ctx, message: Message<unknown>): Promise<void> {
    const envelope = JobEnvelope.safeParse(message.body);
    const [job] = envelope.success ? await ctx.db.select().from(jobs).where(eq(jobs.id, envelope.data.jobId)) : [];
    if (!job) {
      logError('queue.dead_letter_without_job', new Error('unparkable dead letter'), { body: message.body });
    } else if (job.status !== 'succeeded') {
      await new JobReporter(ctx, job).park(job.error?.message ?? 'The job kept failing.');
    }
    message.ack();
  }

  return { run, park, kinds: [...byKind.keys()] };
}
