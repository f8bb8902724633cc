import { and, asc, eq, lte } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { sources } from '../../db/schema/sources';
import { logInfo } from '../../lib/log';
import { runSource } from './run';

/** Sources started per cron tick at most; the rest are due at the next one. */
const PER_TICK = 500;
/** Spread over five minutes, so sources do not all hit their hosts at once. */
const MAX_JITTER_SECONDS = 300;

/** Every 15 minutes: queues a read of each active source that is due, with jitter. */
export async function enqueueDueSources(ctx: ServiceContext, at: Date): Promise<void> {
  const due = await ctx.db
    .select({ id: sources.id, workspaceId: sources.workspaceId, intervalMinutes: sources.intervalMinutes })
    .from(sources)
    .where(and(eq(sources.status, 'active'), lte(sources.nextRunAt, at)))
    .orderBy(asc(sources.nextRunAt))
    .limit(PER_TICK);
  let started = 0;
  for (const source of due) {
    // Never more than a quarter of the interval, so short intervals keep their rhythm.
    const jitter = Math.floor(Math.random() * Math.min(MAX_JITTER_SECONDS, (source.intervalMinutes * 60) / 4));
    const run = await runSource(ctx, source.workspaceId, source.id, null, { delaySeconds: jitter });
    if (run.started) started++;
  }
  logInfo('cron.sources_enqueued', { due: due.length, started });
}
