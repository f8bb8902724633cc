import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { contentItems } from './content-items';

/**
 * What analysis concluded about an item, one row per item, replaced on re-analysis. The
 * numbers come from the item's own metric history and its author's other items.
 */
export const contentAnalysis = sqliteTable('content_analysis', {
  contentId: text('content_id')
    .primaryKey()
    .references(() => contentItems.id, { onDelete: 'cascade' }),
  workspaceId: text('workspace_id').notNull(),
  /** Interactions per view, when views are known. */
  engagementRate: real('engagement_rate'),
  /** Growth per hour of the item's leading number (views, else engagement) over its recent history. */
  velocity: real('velocity'),
  /** The item's leading number divided by the median of the same author's recent items. */
  outlierScore: real('outlier_score'),
  /** How many of the author's items the median was taken over. */
  outlierBasis: integer('outlier_basis'),
  computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull(),
});

export type ContentAnalysis = typeof contentAnalysis.$inferSelect;
