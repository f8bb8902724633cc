import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { contentItems } from './content-items';

/** An item's numbers each time they were read, so growth and velocity can be computed. */
export const metricSnapshots = sqliteTable(
  'metric_snapshots',
  {
    id: text('id').primaryKey(),
    contentId: text('content_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    capturedAt: integer('captured_at', { mode: 'timestamp_ms' }).notNull(),
    views: integer('views'),
    likes: integer('likes'),
    comments: integer('comments'),
    shares: integer('shares'),
    score: integer('score'),
  },
  (t) => [index('metric_snapshots_content_idx').on(t.contentId, t.capturedAt)],
);
