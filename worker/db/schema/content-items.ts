import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sources } from './sources';
import { workspaces } from './workspaces';

/**
 * One post, video, article or trend, whatever platform it came from. Upserted by
 * (workspace, platform, externalId): a re-run updates, never duplicates. The latest metrics
 * sit here for sorting; their history is in metric_snapshots.
 */
export const contentItems = sqliteTable(
  'content_items',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    sourceId: text('source_id').references(() => sources.id, { onDelete: 'set null' }),
    platform: text('platform').notNull(),
    externalId: text('external_id').notNull(),
    url: text('url'),
    title: text('title'),
    text: text('text'),
    /** Sanitized HTML of the body, safe to render. */
    html: text('html'),
    author: text('author'),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    mediaUrls: text('media_urls', { mode: 'json' }).$type<string[]>().notNull(),
    /** R2 key of the stored thumbnail or lead image (content-addressed). */
    imageKey: text('image_key'),
    imageUrl: text('image_url'),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    extra: text('extra', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    views: integer('views'),
    likes: integer('likes'),
    comments: integer('comments'),
    shares: integer('shares'),
    score: integer('score'),
    /** likes + comments + shares (+ score), for sorting by engagement across platforms. */
    engagement: real('engagement').notNull().default(0),
    /** A hash of what the reader returned, so unchanged items are not rewritten. */
    fingerprint: text('fingerprint').notNull(),
    firstSeenAt: integer('first_seen_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('content_identity_unique').on(t.workspaceId, t.platform, t.externalId),
    index('content_workspace_published_idx').on(t.workspaceId, t.publishedAt, t.id),
    index('content_source_idx').on(t.sourceId, t.publishedAt),
    index('content_workspace_views_idx').on(t.workspaceId, t.views, t.id),
    index('content_workspace_engagement_idx').on(t.workspaceId, t.engagement, t.id),
  ],
);

export type ContentItem = typeof contentItems.$inferSelect;
