import { and, eq, gte } from 'drizzle-orm';
import { publisherFor } from '../../connectors/publishers';
import type { ServiceContext } from '../../core/context';
import { postTargets } from '../../db/schema/post-targets';
import { socialAccounts } from '../../db/schema/social-accounts';
import { COLLECT_METRICS } from './metrics-contracts';
import { hourOf, windowStart } from './metrics-window';

/** Messages per Queue sendBatch (Cloudflare's limit). */
const SEND_BATCH = 100;

/**
 * The hourly cron: one collection task per active account that published in the last 30 days
 * on a platform with numbers. Accounts that need reconnecting or are disabled are left out
 * here and skipped again by the task (their state may change while it waits in the queue).
 */
export async function enqueueMetricCollection(ctx: ServiceContext, at: Date): Promise<void> {
  const hour = hourOf(at);
  const accounts = await ctx.db
    .selectDistinct({
      id: socialAccounts.id,
      workspaceId: socialAccounts.workspaceId,
      platform: socialAccounts.platform,
    })
    .from(postTargets)
    .innerJoin(socialAccounts, eq(socialAccounts.id, postTargets.accountId))
    .where(
      and(
        eq(postTargets.status, 'published'),
        gte(postTargets.publishedAt, windowStart(hour)),
        eq(socialAccounts.status, 'active'),
      ),
    );
  const counted = accounts.filter((account) => publisherFor(account.platform).metrics !== undefined);
  for (let i = 0; i < counted.length; i += SEND_BATCH) {
    await ctx.env.REPORTS.sendBatch(
      counted.slice(i, i + SEND_BATCH).map((account) => ({
        body: { v: 1, kind: COLLECT_METRICS.kind, workspaceId: account.workspaceId, accountId: account.id, hour },
        contentType: 'json' as const,
      })),
    );
  }
}
