import { and, desc, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../core/context';
import { contentAnalysis } from '../../../db/schema/content-analysis';
import { contentItems } from '../../../db/schema/content-items';
import { median } from './metrics';

/** The most recent analysed items an aggregate looks at. */
const WINDOW = 1000;

export interface AggregateFilter {
  sourceId?: string | undefined;
  author?: string | undefined;
  platform?: string | undefined;
}

interface Bucket {
  items: number;
  outliers: number[];
  rates: number[];
}

function rank(buckets: Map<string, Bucket>, limit: number) {
  return [...buckets.entries()]
    .map(([name, b]) => ({
      name,
      items: b.items,
      medianOutlierScore: median(b.outliers),
      medianEngagementRate: median(b.rates),
    }))
    .sort((a, b) => b.items - a.items || (b.medianOutlierScore ?? 0) - (a.medianOutlierScore ?? 0))
    .slice(0, limit);
}

function add(buckets: Map<string, Bucket>, key: string, outlier: number | null, rate: number | null) {
  const bucket = buckets.get(key) ?? { items: 0, outliers: [], rates: [] };
  bucket.items++;
  if (outlier !== null) bucket.outliers.push(outlier);
  if (rate !== null) bucket.rates.push(rate);
  buckets.set(key, bucket);
}

/**
 * What works for a competitor: topics and formats (from provider analyses) and keyphrases
 * (from the local engine) across a source's or an author's analysed items, each with how
 * many items and the median outlier score and engagement rate of those items.
 */
export async function contentAggregates(ctx: ServiceContext, workspaceId: string, filter: AggregateFilter) {
  const rows = await ctx.db
    .select({
      outlierScore: contentAnalysis.outlierScore,
      engagementRate: contentAnalysis.engagementRate,
      insight: contentAnalysis.insight,
      local: contentAnalysis.local,
    })
    .from(contentAnalysis)
    .innerJoin(contentItems, eq(contentItems.id, contentAnalysis.contentId))
    .where(
      and(
        eq(contentAnalysis.workspaceId, workspaceId),
        eq(contentItems.workspaceId, workspaceId),
        filter.sourceId ? eq(contentItems.sourceId, filter.sourceId) : undefined,
        filter.author ? eq(contentItems.author, filter.author) : undefined,
        filter.platform ? eq(contentItems.platform, filter.platform) : undefined,
      ),
    )
    .orderBy(desc(contentItems.publishedAt))
    .limit(WINDOW);
  const topics = new Map<string, Bucket>();
  const formats = new Map<string, Bucket>();
  const keyphrases = new Map<string, Bucket>();
  let withInsight = 0;
  for (const row of rows) {
    if (row.insight) {
      withInsight++;
      for (const topic of new Set(row.insight.topics.map((t) => t.trim().toLowerCase())))
        add(topics, topic, row.outlierScore, row.engagementRate);
      add(formats, row.insight.format, row.outlierScore, row.engagementRate);
    }
    for (const phrase of new Set((row.local?.keyphrases ?? []).slice(0, 5).map((k) => k.phrase.toLowerCase())))
      add(keyphrases, phrase, row.outlierScore, row.engagementRate);
  }
  return {
    items: rows.length,
    itemsWithInsight: withInsight,
    topics: rank(topics, 20),
    formats: rank(formats, 20),
    keyphrases: rank(keyphrases, 20),
  };
}
