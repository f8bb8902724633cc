import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ContentInsight, LocalAnalysis, VisualInsight } from '../documents';
import { contentItems } from './content-items';

/**
 * What analysis concluded about an item, one row per item, replaced on re-analysis. The
 * numbers come from the item's own metric history and its author's other items; `local` is
 * the built-in engine's reading of the text; `insight` and `visual` are a provider's, when
 * the workspace has one.
 */
export const contentAnalysis = sqliteTable('content_analysis', {
  contentId: text('content_id')
    .primaryKey()
    .references(() => contentItems.id, { onDelete: 'cascade' }),
  workspaceId: text('workspace_id').notNull(),
  /** Interactions per view, when views are known. */
  engagementRate: real('engagement_rate'),
  /** Interactions per follower of the account, when the source reports its followers. */
  engagementPerFollower: real('engagement_per_follower'),
  /** Growth per hour of the item's leading number (views, else engagement) over its recent history. */
  velocity: real('velocity'),
  /** The item's leading number divided by the median of the same author's recent items. */
  outlierScore: real('outlier_score'),
  /** How many of the author's items the median was taken over. */
  outlierBasis: integer('outlier_basis'),
  /** The local engine's features of the text (language, keyphrases, sentiment…). */
  local: text('local', { mode: 'json' }).$type<LocalAnalysis>(),
  /** "local", or the provider kind that wrote `insight`. */
  engine: text('engine').notNull().default('local'),
  insight: text('insight', { mode: 'json' }).$type<ContentInsight>(),
  visual: text('visual', { mode: 'json' }).$type<VisualInsight>(),
  provider: text('provider'),
  model: text('model'),
  /** The prompt (id@version) the insight came from. */
  promptVersion: text('prompt_version'),
  /** Why there is no provider insight: none configured, budget spent, every provider failed. */
  insightNote: text('insight_note'),
  computedAt: integer('computed_at', { mode: 'timestamp_ms' }).notNull(),
});

export type ContentAnalysis = typeof contentAnalysis.$inferSelect;
