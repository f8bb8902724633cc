import { eq } from 'drizzle-orm';
import { RateLimited } from '../worker/core/outbound/errors';
import { jobs } from '../worker/db/schema';
import { logError, logInfo } from '../worker/lib/log';
import type { ServiceContext } from '../worker/core/context';
import { PermanentFailure } from './errors';
import { JobReporter } from './reporter';
import { HANDLERS, type JobHandler } from './handlers';
import { JobEnvelope, MESSAGE_KINDS, type MessageKind, type MessageOf } from './contracts';

/** Seconds before attempt `attempts + 1`: 30 s doubling to an hour, with jitter so retries spread. */
export function backoffSeconds(attempts: number): number {
  const base = Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

/**
 * Runs one queue message as a job: marks it running, hands it to its kind's handler with a
 * reporter, and records the outcome. Failures retry with backoff; after the queue's
 * max_retries the message goes to the dead-letter queue, whose consumer parks the job.
 */
export async function runJobMessage(ctx: ServiceContext, message: Message<unknown>): Promise<void> {
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
    const kind = envelope.data.kind as MessageKind;
    const contract = MESSAGE_KINDS[kind];
    if (!contract) throw new PermanentFailure(`No consumer handles jobs of kind "${envelope.data.kind}".`);
    const parsed = contract.schema.safeParse(message.body);
    if (!parsed.success) throw new PermanentFailure(`The job message is malformed: ${parsed.error.message}`);
    await reporter.start(message.attempts);
    // The schema just checked that the body is the message of `kind`, which TypeScript
    // cannot correlate across the union of kinds.
    const handler = HANDLERS[kind] as JobHandler<MessageKind>;
    const result = await handler(ctx, parsed.data as MessageOf<MessageKind>, reporter);
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
    const delay = Math.max(backoffSeconds(message.attempts), error instanceof RateLimited ? error.retryAfter : 0);
    await reporter.willRetry(reason, delay);
    message.retry({ delaySeconds: delay });
  }
}

/** Dead-letter consumer: the job behind each message is parked as failed, visible and retryable. */
export async function parkDeadLetter(ctx: ServiceContext, message: Message<unknown>): Promise<void> {
  const envelope = JobEnvelope.safeParse(message.body);
  const [job] = envelope.success ? await ctx.db.select().from(jobs).where(eq(jobs.id, envelope.data.jobId)) : [];
  if (!job) {
    logError('queue.dead_letter_without_job', new Error('unparkable dead letter'), { body: message.body });
  } else if (job.status !== 'succeeded') {
    await new JobReporter(ctx, job).park(job.error?.message ?? 'The job kept failing.');
  }
  message.ack();
}
