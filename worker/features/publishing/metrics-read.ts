import { and, asc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import { publisherFor } from '../../connectors/publishers';
import type { ServiceContext } from '../../core/context';
import { ResourceNotFound, UnprocessableContent } from '../../core/http/errors';
import { postTargets } from '../../db/schema/post-targets';
import { posts } from '../../db/schema/posts';
import { accountMetrics, type TargetMetrics, targetMetrics } from '../../db/schema/publish-metrics';
import { socialAccounts } from '../../db/schema/social-accounts';
import { chunkForParams } from '../../lib/bound-params';
import { canonicalTimeZone } from '../../lib/zoned-time';
import { findAccount } from './accounts';
import { bestHours } from './best-hours';
import { hourOf, windowStart } from './metrics-window';

const isTombstone = (row: Pick<TargetMetrics, 'likes' | 'reposts' | 'replies' | 'quotes'>) =>
  row.likes === null && row.reposts === null && row.replies === null && row.quotes === null;

/** Each published target of a post with its readings, oldest first, and the latest of them. */
export async function postMetrics(ctx: ServiceContext, workspaceId: string, postId: string) {
  const [post] = await ctx.db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, postId)));
  if (!post) throw new ResourceNotFound('The post');
  const targets = await ctx.db
    .select({ targetId: postTargets.id, accountId: postTargets.accountId, platform: socialAccounts.platform })
    .from(postTargets)
    .innerJoin(socialAccounts, eq(socialAccounts.id, postTargets.accountId))
    .where(
      and(eq(postTargets.workspaceId, workspaceId), eq(postTargets.postId, postId), isNotNull(postTargets.publishedAt)),
    )
    .orderBy(asc(postTargets.id));
  const readings: TargetMetrics[] = [];
  for (const chunk of chunkForParams(
    targets.map((t) => t.targetId),
    1,
  )) {
    readings.push(
      ...(await ctx.db
        .select()
        .from(targetMetrics)
        .where(and(eq(targetMetrics.workspaceId, workspaceId), inArray(targetMetrics.targetId, chunk)))
        .orderBy(asc(targetMetrics.capturedAt))),
    );
  }
  return {
    // Targets on platforms without numbers (webhooks) have nothing to show.
    targets: targets.flatMap((target) => {
      const { platform, metrics } = publisherFor(target.platform);
      if (!metrics) return [];
      const own = readings.filter((row) => row.targetId === target.targetId);
      const series = own
        .filter((row) => !isTombstone(row))
        .map(({ capturedAt, likes, reposts, replies, quotes }) => ({
          at: capturedAt.toISOString(),
          likes,
          reposts,
          replies,
          quotes,
        }));
      const last = series.at(-1);
      return [{ ...target, platform, latest: last ? { ...last } : null, series, gone: own.some(isTombstone) }];
    }),
  };
}

/** An IANA zone as the runtime spells it, or 422 naming the parameter. */
export function timeZoneOf(zone: string | undefined): string {
  const canonical = canonicalTimeZone(zone ?? 'UTC');
  if (!canonical) {
    throw new UnprocessableContent(
      `timeZone: ${JSON.stringify(zone)} is not an IANA time zone (such as Europe/Berlin or UTC).`,
    );
  }
  return canonical;
}

/** The latest reading of each of the account's published targets that has one, with when it went out. */
function latestReadings(ctx: ServiceContext, workspaceId: string, accountId: string) {
  const latest = sql`(SELECT max(m2.captured_at) FROM target_metrics m2 WHERE m2.target_id = ${postTargets.id}
    AND NOT (m2.likes IS NULL AND m2.reposts IS NULL AND m2.replies IS NULL AND m2.quotes IS NULL))`;
  return ctx.db
    .select({
      publishedAt: postTargets.publishedAt,
      likes: targetMetrics.likes,
      reposts: targetMetrics.reposts,
      replies: targetMetrics.replies,
      quotes: targetMetrics.quotes,
    })
    .from(postTargets)
    .innerJoin(targetMetrics, eq(targetMetrics.targetId, postTargets.id))
    .where(
      and(
        eq(postTargets.workspaceId, workspaceId),
        eq(postTargets.accountId, accountId),
        isNotNull(postTargets.publishedAt),
        eq(targetMetrics.capturedAt, latest),
      ),
    );
}

/** The account's audience over the last 30 days and its best hours in `zone`. */
export async function accountMetricsOf(ctx: ServiceContext, workspaceId: string, accountId: string, zone: string) {
  const account = await findAccount(ctx, workspaceId, accountId);
  const followers = await ctx.db
    .select()
    .from(accountMetrics)
    .where(
      and(
        eq(accountMetrics.workspaceId, workspaceId),
        eq(accountMetrics.accountId, account.id),
        gte(accountMetrics.capturedAt, windowStart(hourOf(Date.now()))),
      ),
    )
    .orderBy(asc(accountMetrics.capturedAt));
  const readings = (await latestReadings(ctx, workspaceId, account.id)).flatMap(({ publishedAt, ...numbers }) =>
    publishedAt ? [{ publishedAt, ...numbers }] : [],
  );
  return {
    followers: followers.map((row) => ({
      at: row.capturedAt.toISOString(),
      followers: row.followers,
      following: row.following,
      posts: row.posts,
    })),
    bestHours: bestHours(readings, zone),
  };
}
