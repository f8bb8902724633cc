import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { workspaces } from './workspaces';

export const POST_STATUSES = ['draft', 'scheduled'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** One part of a thread after the first (the first is the post's body). */
export interface ThreadPart {
  body: string;
}

/** What a person wrote to publish: a body (or a thread), when, and where (its targets). */
export const posts = sqliteTable(
  'posts',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    /** The replies that follow the body, in order, when the post is a thread. */
    thread: text('thread', { mode: 'json' }).$type<ThreadPart[]>().notNull(),
    status: text('status', { enum: POST_STATUSES }).notNull(),
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('posts_workspace_idx').on(t.workspaceId, t.id),
    index('posts_schedule_idx').on(t.workspaceId, t.scheduledAt),
  ],
);

export type Post = typeof posts.$inferSelect;
