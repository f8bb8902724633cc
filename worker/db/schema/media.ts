import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { posts } from './posts';
import { users } from './users';
import { workspaces } from './workspaces';

export const MEDIA_KINDS = ['image', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/**
 * A file in a workspace's media library, stored in R2 under `r2Key`. Its type, dimensions and
 * duration are read from the bytes (never from the name); the same bytes uploaded twice are one
 * file (SHA-256).
 */
export const media = sqliteTable(
  'media',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: MEDIA_KINDS }).notNull(),
    /** The MIME type sniffed from the bytes (image/jpeg, image/png, image/gif, image/webp, video/mp4, …). */
    contentType: text('content_type').notNull(),
    bytes: integer('bytes').notNull(),
    /** Hex SHA-256 of the bytes: the workspace's library holds each file once. */
    sha256: text('sha256').notNull(),
    width: integer('width'),
    height: integer('height'),
    durationMs: integer('duration_ms'),
    alt: text('alt'),
    /** The name it was uploaded under, for people and search; never used to decide its type. */
    filename: text('filename'),
    r2Key: text('r2_key').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('media_workspace_sha256_unique').on(t.workspaceId, t.sha256),
    index('media_workspace_idx').on(t.workspaceId, t.id),
  ],
);

export type Media = typeof media.$inferSelect;

/**
 * The files a post carries, per part of it: part 0 is the body, part n the thread's n-th reply;
 * `position` orders a part's files. Deleting a file a scheduled post uses is refused in code.
 */
export const postMedia = sqliteTable(
  'post_media',
  {
    postId: text('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    part: integer('part').notNull(),
    position: integer('position').notNull(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    mediaId: text('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.postId, t.part, t.position] }), index('post_media_media_idx').on(t.mediaId)],
);

export type PostMedia = typeof postMedia.$inferSelect;
