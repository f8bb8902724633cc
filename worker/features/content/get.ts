import { and, asc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { ResourceNotFound } from '../../core/http/errors';
import { type ContentAnalysis, contentAnalysis } from '../../db/schema/content-analysis';
import { contentItems } from '../../db/schema/content-items';
import { metricSnapshots } from '../../db/schema/metric-snapshots';
import { presentContent, presentExtra } from './present';

/** Snapshots returned with an item: enough for a chart, bounded for very old items. */
const HISTORY_LIMIT = 500;

export async function getContentItem(ctx: ServiceContext, workspaceId: string, contentId: string) {
  const [item] = await ctx.db
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.id, contentId), eq(contentItems.workspaceId, workspaceId)));
  if (!item) throw new ResourceNotFound('The content item');
  return item;
}

/** One item with its sanitized body, platform details, metric history and analysis. */
export async function contentDetail(ctx: ServiceContext, workspaceId: string, contentId: string) {
  const item = await getContentItem(ctx, workspaceId, contentId);
  const [history, [analysis]] = await Promise.all([
    ctx.db
      .select()
      .from(metricSnapshots)
      .where(eq(metricSnapshots.contentId, item.id))
      .orderBy(asc(metricSnapshots.capturedAt))
      .limit(HISTORY_LIMIT),
    ctx.db.select().from(contentAnalysis).where(eq(contentAnalysis.contentId, item.id)),
  ]);
  return {
    ...(await presentContent(item, ctx.env.JWT_SECRET)),
    html: item.html,
    extra: presentExtra(item.extra),
    history: history.map((s) => ({
      capturedAt: s.capturedAt.toISOString(),
      views: s.views,
      likes: s.likes,
      comments: s.comments,
      shares: s.shares,
      score: s.score,
    })),
    analysis: analysis ? presentAnalysis(analysis) : null,
  };
}

/**
 * An item's analysis. `engine` names who wrote `insight` ("local" when no provider did);
 * language, keyphrases, summary, sentiment, readability, hashtags, mentions and hook are
 * always the local engine's.
 */
export function presentAnalysis(analysis: ContentAnalysis) {
  const local = analysis.local;
  return {
    engine: analysis.engine,
    provider: analysis.provider,
    model: analysis.model,
    promptVersion: analysis.promptVersion,
    metrics: {
      engagementRate: analysis.engagementRate,
      engagementPerFollower: analysis.engagementPerFollower,
      velocity: analysis.velocity,
      outlierScore: analysis.outlierScore,
      outlierBasis: analysis.outlierBasis,
    },
    language: local?.language ?? null,
    keyphrases: local?.keyphrases ?? [],
    summary: local?.summary ?? [],
    sentiment: local?.sentiment ?? null,
    readability: local?.readability ?? null,
    hashtags: local?.hashtags ?? [],
    mentions: local?.mentions ?? [],
    hook: local?.hook ?? null,
    insight: analysis.insight,
    visual: analysis.visual,
    note: analysis.insightNote,
    computedAt: analysis.computedAt.toISOString(),
  };
}
