import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { workspaces } from './workspaces';

/**
 * A workspace webhook: where Crowsnest tells the workspace's own systems what happened (a post
 * published, a job failed). Not a publish target (`social_accounts` with platform "webhook"):
 * this one is told about events, that one receives posts.
 */
export const webhooks = sqliteTable(
  'webhooks',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    description: text('description'),
    /** Event types it is sent (features/webhooks/events.ts), or ["*"] for all. */
    events: text('events', { mode: 'json' }).$type<string[]>().notNull(),
    /** The signing secret, sealed with the secret box: signing needs it back, so it is not hashed. Never returned. */
    secret: text('secret').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull(),
    /** Why it is not active, in words a person can act on (set when Crowsnest disabled it). */
    disabledReason: text('disabled_reason'),
    /** Deliveries in a row that failed for good since its last success. */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** The first failed attempt since its last success: it is disabled when this is a day old. */
    failingSince: integer('failing_since', { mode: 'timestamp_ms' }),
    lastSuccessAt: integer('last_success_at', { mode: 'timestamp_ms' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('webhooks_workspace_idx').on(t.workspaceId, t.id)],
);

export type Webhook = typeof webhooks.$inferSelect;
