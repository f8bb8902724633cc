import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** One row per piece of background work; every queue consumer reports through it. */
export const jobs = sqliteTable(
  'jobs',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    kind: text('kind').notNull(),
    /** What the job is about, when it is about one thing (a read of source X). */
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    status: text('status', { enum: JOB_STATUSES }).notNull(),
    /** 0–100. */
    progress: integer('progress').notNull().default(0),
    /** What the user sees while it runs ("Exporting members"). */
    message: text('message'),
    result: text('result', { mode: 'json' }).$type<unknown>(),
    error: text('error', { mode: 'json' }).$type<{ message: string; code?: string }>(),
    /** The queue and message that run this job, kept so a parked job can be retried. */
    queue: text('queue').notNull(),
    payload: text('payload', { mode: 'json' }).$type<unknown>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** Set when the job exhausted its retries and sits in the dead-letter queue. */
    parkedAt: integer('parked_at', { mode: 'timestamp_ms' }),
    createdBy: text('created_by'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('jobs_workspace_idx').on(t.workspaceId, t.id),
    index('jobs_status_idx').on(t.workspaceId, t.status),
    index('jobs_subject_idx').on(t.workspaceId, t.subjectId, t.id),
  ],
);

export type Job = typeof jobs.$inferSelect;
