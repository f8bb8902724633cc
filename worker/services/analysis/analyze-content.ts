import { and, desc, eq, gte, inArray, ne } from 'drizzle-orm';
import type { MessageOf } from '../../../queues/messages';
import { contentAnalysis, contentItems, metricSnapshots } from '../../db/schema';
import type { ServiceContext } from '../context';
import type { JobReporter } from '../jobs/report';
import { engagementRate, outlierScore, velocity } from './metrics';

/** The recent history velocity is measured over. */
const VELOCITY_WINDOW_MS = 48 * 3_600_000;
/** How many of the author's other recent items make their "usual". */
const PEERS = 20;

/**
 * The analysis job: for each item, its engagement rate, velocity from its metric
 * snapshots, and how far it stands out from the same author's recent items.
 */
export async function analyzeContent(ctx: ServiceContext, message: MessageOf<'content.analyze'>, report: JobReporter) {
  const items = await ctx.db
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.workspaceId, message.workspaceId), inArray(contentItems.id, message.contentIds)));
  let done = 0;
  for (const item of items) {
    const snapshots = await ctx.db
      .select()
      .from(metricSnapshots)
      .where(
        and(
          eq(metricSnapshots.contentId, item.id),
          gte(metricSnapshots.capturedAt, new Date(Date.now() - VELOCITY_WINDOW_MS)),
        ),
      );
    const lead = (row: { views: number | null; engagement: number }) => row.views ?? row.engagement;
    const peers = item.author
      ? await ctx.db
          .select({ views: contentItems.views, engagement: contentItems.engagement })
          .from(contentItems)
          .where(
            and(
              eq(contentItems.workspaceId, item.workspaceId),
              eq(contentItems.platform, item.platform),
              eq(contentItems.author, item.author),
              ne(contentItems.id, item.id),
            ),
          )
          .orderBy(desc(contentItems.publishedAt))
          .limit(PEERS)
      : [];
    const row = {
      contentId: item.id,
      workspaceId: item.workspaceId,
      engagementRate: engagementRate(item.engagement, item.views),
      velocity: velocity(
        snapshots.map((s) => ({
          capturedAt: s.capturedAt,
          views: s.views,
          engagement: (s.likes ?? 0) + (s.comments ?? 0) + (s.shares ?? 0) + (s.score ?? 0),
        })),
      ),
      outlierScore: outlierScore(lead(item), peers.map(lead)),
      outlierBasis: peers.length,
      computedAt: new Date(),
    };
    await ctx.db
      .insert(contentAnalysis)
      .values(row)
      .onConflictDoUpdate({ target: contentAnalysis.contentId, set: row });
    done++;
    if (done % 10 === 0)
      await report.progress((100 * done) / items.length, `Analysed ${done} of ${items.length} items`);
  }
  return { analyzed: done };
}
