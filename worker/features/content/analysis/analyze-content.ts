import { and, desc, eq, gte, inArray, ne } from 'drizzle-orm';
import type { MessageOf } from '../../../../queues/contracts';
import type { JobReporter } from '../../../../queues/reporter';
import { analyzeLocally } from '../../../ai/local';
import { analyzeContentPrompt, analyzeVisualPrompt } from '../../../ai/prompts/analysis';
import { promptKey } from '../../../ai/prompts/types';
import type { ServiceContext } from '../../../core/context';
import { Unavailable } from '../../../core/outbound/errors';
import { contentAnalysis } from '../../../db/schema/content-analysis';
import { type ContentItem, contentItems } from '../../../db/schema/content-items';
import { metricSnapshots } from '../../../db/schema/metric-snapshots';
import { sources } from '../../../db/schema/sources';
import { chunkForParams } from '../../../lib/bound-params';
import { generateObject } from '../../ai/client';
import { AiBudgetSpent, AiNotConfigured, AiUnavailable } from '../../ai/errors';
import { type Chain, resolveChain } from '../../ai/settings';
import type { CONTENT_ANALYZE } from '../contracts';
import { engagementRate, outlierScore, perFollower, velocity } from './metrics';

/** The recent history velocity is measured over. */
const VELOCITY_WINDOW_MS = 48 * 3_600_000;
/** How many of the author's other recent items make their "usual". */
const PEERS = 20;
/** Items analysed at once: provider calls are slow, storage is not the limit. */
const CONCURRENCY = 4;
/** The largest image sent to a vision model. */
const MAX_IMAGE_BYTES = 4 * 1024 * 1024;

type Item = ContentItem;

async function numbers(ctx: ServiceContext, item: Item, followers: number | null) {
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
  return {
    engagementRate: engagementRate(item.engagement, item.views),
    engagementPerFollower: perFollower(item.engagement, followers),
    velocity: velocity(
      snapshots.map((s) => ({
        capturedAt: s.capturedAt,
        views: s.views,
        engagement: (s.likes ?? 0) + (s.comments ?? 0) + (s.shares ?? 0) + (s.score ?? 0),
      })),
    ),
    outlierScore: outlierScore(lead(item), peers.map(lead)),
    outlierBasis: peers.length,
  };
}

/** Followers (or subscribers) of the account a source reads, when it reports them. */
function followersOf(details: Record<string, unknown> | null | undefined): number | null {
  const stats = (details?.stats ?? null) as Record<string, unknown> | null;
  const value = stats?.followers ?? stats?.subscribers;
  return typeof value === 'number' && value > 0 ? value : null;
}

/** Why a provider's analysis is missing, in words for the item page; rethrows what is not an AI outcome. */
function insightNote(error: unknown): { note: string; retry: boolean } {
  if (error instanceof AiNotConfigured)
    return { note: 'Analysed by the local engine only: no AI provider is configured.', retry: false };
  if (error instanceof AiBudgetSpent) return { note: error.message, retry: false };
  if (error instanceof AiUnavailable)
    return {
      note: error.message,
      // Worth another try later only if every provider failed for a passing reason.
      retry: error.attempts.every((a) => a.outcome === 'rate_limited' || a.outcome === 'unavailable'),
    };
  throw error;
}

async function imageOf(ctx: ServiceContext, item: Item) {
  if (!item.imageKey) return null;
  const object = await ctx.env.MEDIA.get(item.imageKey);
  if (!object || object.size > MAX_IMAGE_BYTES) return null;
  return {
    bytes: new Uint8Array(await object.arrayBuffer()),
    mimeType: object.httpMetadata?.contentType ?? 'image/jpeg',
  };
}

/**
 * Analyses one item: its numbers, the local engine's reading of its text, and — when the
 * workspace has a provider — a structured analysis and, for items with an image in R2 and
 * a vision-capable provider, a visual one. Returns whether a provider failure is worth a retry.
 */
async function analyzeItem(
  ctx: ServiceContext,
  item: Item,
  followers: number | null,
  calls: { chain: Chain; fresh: boolean },
): Promise<boolean> {
  const hasText = Boolean(item.title?.trim() || item.text?.trim());
  const measured = await numbers(ctx, item, followers);
  const local = hasText ? analyzeLocally(item.text ?? item.title ?? '', { title: item.title ?? undefined }) : null;
  let ai: { insight: unknown; provider: string; model: string; prompt: string } | null = null;
  let visual: unknown = null;
  let note: string | null = null;
  let retry = false;
  if (hasText) {
    try {
      const answer = await generateObject(
        ctx,
        item.workspaceId,
        analyzeContentPrompt,
        {
          platform: item.platform,
          title: item.title,
          text: item.text ?? '',
          author: item.author,
          metrics: {
            views: item.views,
            engagement: item.engagement,
            engagementRate: measured.engagementRate,
            outlierScore: measured.outlierScore,
          },
        },
        calls,
      );
      ai = { insight: answer.value, provider: answer.provider, model: answer.model, prompt: answer.prompt };
      const image = await imageOf(ctx, item);
      if (image) {
        try {
          visual = (
            await generateObject(
              ctx,
              item.workspaceId,
              analyzeVisualPrompt,
              { platform: item.platform, title: item.title, image: item.imageKey },
              { ...calls, media: [image] },
            )
          ).value;
        } catch (error) {
          // The text analysis stands without a visual one; only a passing failure is worth a retry.
          if (!(error instanceof AiNotConfigured)) retry = insightNote(error).retry;
        }
      }
    } catch (error) {
      ({ note, retry } = insightNote(error));
    }
  }
  const row = {
    contentId: item.id,
    workspaceId: item.workspaceId,
    ...measured,
    local,
    engine: ai?.provider ?? 'local',
    insight: (ai?.insight ?? null) as typeof contentAnalysis.$inferInsert.insight,
    visual: visual as typeof contentAnalysis.$inferInsert.visual,
    provider: ai?.provider ?? null,
    model: ai?.model ?? null,
    promptVersion: ai?.prompt ?? null,
    insightNote: note,
    computedAt: new Date(),
  };
  await ctx.db.insert(contentAnalysis).values(row).onConflictDoUpdate({ target: contentAnalysis.contentId, set: row });
  return retry;
}

/**
 * The analysis job. Every item gets its numbers and the local engine's features at once;
 * provider analyses that failed for a passing reason (rate limits, outages) make the job
 * retry later, when items already analysed come from the cache.
 */
export async function analyzeContent(
  ctx: ServiceContext,
  message: MessageOf<typeof CONTENT_ANALYZE>,
  report: JobReporter,
) {
  // A message carries up to 100 ids: with the workspace filter, one over what a statement may bind.
  const items: Item[] = [];
  for (const ids of chunkForParams(message.contentIds, 1))
    items.push(
      ...(await ctx.db
        .select()
        .from(contentItems)
        .where(and(eq(contentItems.workspaceId, message.workspaceId), inArray(contentItems.id, ids)))),
    );
  const sourceIds = [...new Set(items.map((i) => i.sourceId).filter((id): id is string => id !== null))];
  const details: { id: string; details: Record<string, unknown> | null }[] = [];
  for (const ids of chunkForParams(sourceIds))
    details.push(
      ...(await ctx.db
        .select({ id: sources.id, details: sources.details })
        .from(sources)
        .where(inArray(sources.id, ids))),
    );
  const followers = new Map(details.map((s) => [s.id, followersOf(s.details)]));
  // The workspace's providers, keys opened once for the whole batch.
  const calls = { chain: await resolveChain(ctx, message.workspaceId), fresh: message.fresh ?? false };
  let done = 0;
  let toRetry = 0;
  for (let start = 0; start < items.length; start += CONCURRENCY) {
    const batch = items.slice(start, start + CONCURRENCY);
    const retries = await Promise.all(
      batch.map((item) => analyzeItem(ctx, item, item.sourceId ? (followers.get(item.sourceId) ?? null) : null, calls)),
    );
    toRetry += retries.filter(Boolean).length;
    done += batch.length;
    await report.progress((100 * done) / items.length, `Analysed ${done} of ${items.length} items`);
  }
  if (toRetry > 0)
    throw new Unavailable(
      `No AI provider answered for ${toRetry} of ${items.length} items; their numbers and local analysis are saved, the AI analysis will be tried again.`,
    );
  return { analyzed: done, prompt: promptKey(analyzeContentPrompt) };
}
