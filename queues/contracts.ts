import { z } from 'zod';

/**
 * Queue message contracts. Every message is a job envelope (`v`, `jobId`, `workspaceId`,
 * `kind`) plus the fields its kind needs. Change a contract by adding a kind or a version,
 * never by changing what a field means: messages outlive deployments in the queue.
 */
export const QUEUES = {
  ingest: 'crowsnest-ingest',
  analyze: 'crowsnest-analyze',
  publish: 'crowsnest-publish',
  deliver: 'crowsnest-deliver',
  reports: 'crowsnest-reports',
} as const;
export type QueueKey = keyof typeof QUEUES;
export const DEAD_LETTER_QUEUE = 'crowsnest-dlq';

/** The producer binding for each queue (see wrangler.toml). */
export const QUEUE_BINDINGS = {
  ingest: 'INGEST',
  analyze: 'ANALYZE',
  publish: 'PUBLISH',
  deliver: 'DELIVER',
  reports: 'REPORTS',
} as const satisfies Record<QueueKey, keyof Env>;

export const JobEnvelope = z.object({
  v: z.literal(1),
  jobId: z.string(),
  workspaceId: z.string(),
  kind: z.string(),
});
export type JobEnvelope = z.infer<typeof JobEnvelope>;

/**
 * A kind of job: its name, the queue it travels on and the schema of its whole message. Each
 * feature declares its own (features/<area>/contracts.ts) and registers a handler for it in
 * its module; producers enqueue by contract, so a kind and its fields are checked at compile time.
 */
export interface JobContract<K extends string = string, S extends z.ZodType<JobEnvelope> = z.ZodType<JobEnvelope>> {
  kind: K;
  queue: QueueKey;
  schema: S;
}

/** Declares a kind of job whose message is the envelope plus `fields`. */
export function jobContract<const K extends string, F extends z.ZodRawShape>(kind: K, queue: QueueKey, fields: F) {
  return { kind, queue, schema: JobEnvelope.extend({ ...fields, kind: z.literal(kind) }) };
}

export type MessageOf<C extends JobContract> = z.infer<C['schema']>;

/** What a producer supplies; the job service fills in the envelope. */
export type MessageInput<C extends JobContract> = Omit<MessageOf<C>, 'v' | 'jobId' | 'workspaceId' | 'kind'>;
