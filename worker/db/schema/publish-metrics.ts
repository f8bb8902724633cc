import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { postTargets } from './post-targets';
import { socialAccounts } from './social-accounts';
import { workspaces } from './workspaces';

/**
 * A published target's numbers each hour for 30 days after it went out (a thread: its first
 * part). The platform's words map to ours: Bluesky likes/reposts/replies/quotes, Mastodon
 * favourites/reblogs/replies (no quotes: null).
 */
export const targetMetrics = sqliteTable(
  'target_metrics',
  {
    targetId: text('target_id')
      .notNull()
      .references(() => postTargets.id, { onDelete: 'cascade' }),
    capturedAt: integer('captured_at', { mode: 'timestamp_ms' }).notNull(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    likes: integer('likes'),
    reposts: integer('reposts'),
    replies: integer('replies'),
    quotes: integer('quotes'),
  },
  (t) => [primaryKey({ columns: [t.targetId, t.capturedAt] }), index('target_metrics_workspace_idx').on(t.workspaceId)],
);

export type TargetMetrics = typeof targetMetrics.$inferSelect;

/** An account's audience each time the hourly collection read it. */
export const accountMetrics = sqliteTable(
  'account_metrics',
  {
    accountId: text('account_id')
      .notNull()
      .references(() => socialAccounts.id, { onDelete: 'cascade' }),
    capturedAt: integer('captured_at', { mode: 'timestamp_ms' }).notNull(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    followers: integer('followers'),
    following: integer('following'),
    posts: integer('posts'),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.capturedAt] })],
);

export type AccountMetrics = typeof accountMetrics.$inferSelect;
