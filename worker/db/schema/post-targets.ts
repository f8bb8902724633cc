import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { posts } from './posts';
import { socialAccounts } from './social-accounts';
import { workspaces } from './workspaces';

/**
 * `scheduled → queued → publishing → published | failed | unconfirmed`, and `held` while its
 * account needs reconnecting (DESIGN: publishing). A draft post's targets are `draft`.
 */
export const TARGET_STATUSES = [
  'draft',
  'scheduled',
  'queued',
  'publishing',
  'published',
  'failed',
  'unconfirmed',
  'held',
] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/**
 * One part of what a target publishes, with its idempotency key, made once when the target is
 * scheduled and stored before the first call, so every retry sends the same key; and, once
 * published, what the platform calls it.
 */
export interface TargetPart {
  key: string;
  externalId?: string;
  url?: string | null;
  ref?: Record<string, string>;
}

/** A post on one account: the unit the pipeline claims, publishes and reconciles. */
export const postTargets = sqliteTable(
  'post_targets',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    postId: text('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    accountId: text('account_id')
      .notNull()
      .references(() => socialAccounts.id, { onDelete: 'cascade' }),
    /** This target's own text for the first part, instead of the post's body. */
    body: text('body'),
    status: text('status', { enum: TARGET_STATUSES }).notNull(),
    /** When it is due; a copy of the post's, so the minute cron claims from one index. */
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
    parts: text('parts', { mode: 'json' }).$type<TargetPart[]>().notNull(),
    /** Attempts that failed in a way worth retrying (the platform down, a dropped connection). */
    attempts: integer('attempts').notNull().default(0),
    /** The platform's id and address of the first part, once published. */
    externalId: text('external_id'),
    url: text('url'),
    /** Why it failed, is unconfirmed or held, in the platform's own words where it gave them. */
    error: text('error'),
    /** When it last changed state: the sweep finds targets stuck in `queued` or `publishing` by it. */
    stateAt: integer('state_at', { mode: 'timestamp_ms' }).notNull(),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('post_targets_due_idx').on(t.status, t.scheduledAt),
    index('post_targets_post_idx').on(t.postId),
    index('post_targets_account_idx').on(t.accountId, t.status),
    index('post_targets_workspace_idx').on(t.workspaceId, t.status),
  ],
);

export type PostTarget = typeof postTargets.$inferSelect;
