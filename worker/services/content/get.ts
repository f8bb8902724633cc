import { and, asc, eq } from 'drizzle-orm';
import { contentAnalysis, contentItems, metricSnapshots } from '../../db/schema';
import { NotFound } from '../../lib/errors';
import type { ServiceContext } from '../context';
import { presentContent } from './present';

/** Snapshots returned with an item: enough for a chart, bounded for very old items. */
const HISTORY_LIMIT = 500;

export async function getContentItem(ctx: ServiceContext, workspaceId: string, contentId: string) {
  const [item] = await ctx.db
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.id, contentId), eq(contentItems.workspaceId, workspaceId)));
  if (!item) throw new NotFound('The content item');
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
    extra: item.extra,
    history: history.map((s) => ({
      capturedAt: s.capturedAt.toISOString(),
      views: s.views,
      likes: s.likes,
      comments: s.comments,
      shares: s.shares,
      score: s.score,
    })),
    analysis: analysis
      ? {
          engine: 'local' as const,
          metrics: {
            engagementRate: analysis.engagementRate,
            velocity: analysis.velocity,
            outlierScore: analysis.outlierScore,
          },
          computedAt: analysis.computedAt.toISOString(),
        }
      : null,
  };
}
