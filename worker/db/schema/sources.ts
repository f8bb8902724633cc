import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { workspaces } from './workspaces';

export const SOURCE_STATUSES = ['active', 'paused'] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/** Something Crowsnest reads on a schedule: a feed, a page, a channel, a subreddit, a search… */
export const sources = sqliteTable(
  'sources',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** A source type of the platform registry (worker/connectors/platforms.ts), which sits above the schema. */
    type: text('type').notNull(),
    name: text('name').notNull(),
    /** The type's settings (url, channelId, query, subreddit and sort, geo, handle). */
    config: text('config', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    /** A normalised form of the config, unique per workspace, so a source is added once. */
    identity: text('identity').notNull(),
    intervalMinutes: integer('interval_minutes').notNull(),
    status: text('status', { enum: SOURCE_STATUSES }).notNull(),
    /** Why it is paused: a person paused it, or it kept failing. */
    pausedReason: text('paused_reason', { enum: ['manual', 'failing'] }),
    nextRunAt: integer('next_run_at', { mode: 'timestamp_ms' }).notNull(),
    lastRunAt: integer('last_run_at', { mode: 'timestamp_ms' }),
    lastSuccessAt: integer('last_success_at', { mode: 'timestamp_ms' }),
    lastError: text('last_error'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** The job of the run in progress, so a source is never read twice at once. */
    runningJobId: text('running_job_id'),
    /** Validators of the last fetch, for conditional GET. */
    etag: text('etag'),
    lastModified: text('last_modified'),
    /** What the source says about itself (title, link, description, image, statistics). */
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>(),
    itemCount: integer('item_count').notNull().default(0),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('sources_identity_unique').on(t.workspaceId, t.identity),
    index('sources_workspace_idx').on(t.workspaceId, t.id),
    index('sources_due_idx').on(t.status, t.nextRunAt),
  ],
);

export type Source = typeof sources.$inferSelect;
