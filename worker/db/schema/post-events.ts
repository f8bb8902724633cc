import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { postTargets, TARGET_STATUSES } from './post-targets';
import { workspaces } from './workspaces';

/** Every state a target entered, when, and why: the post page's timeline. */
export const postEvents = sqliteTable(
  'post_events',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    postId: text('post_id').notNull(),
    targetId: text('target_id')
      .notNull()
      .references(() => postTargets.id, { onDelete: 'cascade' }),
    status: text('status', { enum: TARGET_STATUSES }).notNull(),
    reason: text('reason'),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('post_events_target_idx').on(t.targetId, t.id), index('post_events_post_idx').on(t.postId, t.id)],
);

export type PostEvent = typeof postEvents.$inferSelect;
