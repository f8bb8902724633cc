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

/** Every kind of message, the queue it travels on and its full schema. */
export const MESSAGE_KINDS = {
  /** Writes a JSON export of the workspace to R2 (reports queue). */
  'workspace.export': { queue: 'reports', schema: JobEnvelope.extend({ kind: z.literal('workspace.export') }) },
  /** Reads one source and upserts what it found (ingest queue). */
  'source.ingest': {
    queue: 'ingest',
    schema: JobEnvelope.extend({ kind: z.literal('source.ingest'), sourceId: z.string() }),
  },
  /** Analyses new or changed content items (analyze queue). At most 100 ids per message. */
  'content.analyze': {
    queue: 'analyze',
    schema: JobEnvelope.extend({
      kind: z.literal('content.analyze'),
      contentIds: z.array(z.string()).min(1).max(100),
      /** Ask the AI providers again instead of using cached answers (re-analysis on demand). */
      fresh: z.boolean().optional(),
    }),
  },
} as const satisfies Record<string, { queue: QueueKey; schema: z.ZodType<JobEnvelope> }>;

export type MessageKind = keyof typeof MESSAGE_KINDS;
export type MessageOf<K extends MessageKind> = z.infer<(typeof MESSAGE_KINDS)[K]['schema']>;
/** What a producer supplies; the job service fills in the envelope. */
export type MessageInput<K extends MessageKind> = Omit<MessageOf<K>, 'v' | 'jobId' | 'workspaceId' | 'kind'>;
