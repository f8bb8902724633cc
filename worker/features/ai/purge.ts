import { lt } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { aiCache } from '../../db/schema/ai-cache';
import { aiUsage } from '../../db/schema/ai-usage';
import { logInfo } from '../../lib/log';

/** AI usage is kept for the usage chart and budgets: thirteen months covers a year-on-year view. */
const AI_USAGE_RETENTION_MS = 396 * 86_400_000;

/** Daily: forgets expired AI answers and AI usage older than thirteen months. */
export async function purgeAiRecords(ctx: ServiceContext, at: Date): Promise<void> {
  const cache = await ctx.db.delete(aiCache).where(lt(aiCache.expiresAt, at)).run();
  const usage = await ctx.db
    .delete(aiUsage)
    .where(lt(aiUsage.createdAt, new Date(at.getTime() - AI_USAGE_RETENTION_MS)))
    .run();
  logInfo('cron.purged', { aiCache: cache.meta.changes, aiUsage: usage.meta.changes });
}
