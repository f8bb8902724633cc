import { lt, or } from 'drizzle-orm';
import { aiCache, aiUsage, idempotencyKeys, refreshTokens } from './db/schema';
import { logInfo } from './lib/log';
import { IDEMPOTENCY_TTL_MS } from './core/http/middleware/idempotency';
import { type ServiceContext, systemContext } from './core/context';
import { compactSnapshots } from './features/sources/ingest/compact';
import { enqueueDueSources } from './features/sources/schedule';

/** Cron expressions from wrangler.toml, each mapped to the work it triggers. */
export const CRONS = {
  everyMinute: '* * * * *',
  everyQuarterHour: '*/15 * * * *',
  hourly: '0 * * * *',
  daily: '0 4 * * *',
} as const;

type Task = (ctx: ServiceContext, at: Date) => Promise<void>;

/** AI usage is kept for the usage chart and budgets: thirteen months covers a year-on-year view. */
const AI_USAGE_RETENTION_MS = 396 * 86_400_000;

/** Daily: forget expired sessions, stale idempotency records, expired AI answers and old AI usage. */
async function purgeExpired(ctx: ServiceContext, at: Date): Promise<void> {
  const refresh = await ctx.db
    .delete(refreshTokens)
    .where(or(lt(refreshTokens.expiresAt, at), lt(refreshTokens.revokedAt, new Date(at.getTime() - 7 * 86_400_000))))
    .run();
  const idempotency = await ctx.db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, new Date(at.getTime() - IDEMPOTENCY_TTL_MS)))
    .run();
  const cache = await ctx.db.delete(aiCache).where(lt(aiCache.expiresAt, at)).run();
  const usage = await ctx.db
    .delete(aiUsage)
    .where(lt(aiUsage.createdAt, new Date(at.getTime() - AI_USAGE_RETENTION_MS)))
    .run();
  logInfo('cron.purged', {
    refreshTokens: refresh.meta.changes,
    idempotencyKeys: idempotency.meta.changes,
    aiCache: cache.meta.changes,
    aiUsage: usage.meta.changes,
  });
}

/** Later capabilities add their tasks here (due posts every minute, due sources every 15 minutes…). */
export const TASKS: Record<(typeof CRONS)[keyof typeof CRONS], Task[]> = {
  [CRONS.everyMinute]: [],
  [CRONS.everyQuarterHour]: [enqueueDueSources],
  [CRONS.hourly]: [],
  [CRONS.daily]: [purgeExpired, compactSnapshots],
};

export async function handleScheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
  const tasks = TASKS[controller.cron as keyof typeof TASKS] ?? [];
  const service = systemContext(env, (promise) => ctx.waitUntil(promise));
  const at = new Date(controller.scheduledTime);
  const results = await Promise.allSettled(tasks.map((task) => task(service, at)));
  for (const [i, result] of results.entries()) {
    if (result.status === 'rejected') {
      console.error(
        JSON.stringify({
          level: 'error',
          msg: 'cron.task_failed',
          cron: controller.cron,
          task: tasks[i]?.name,
          error: String(result.reason),
        }),
      );
    }
  }
}
