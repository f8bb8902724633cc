import { and, eq } from 'drizzle-orm';
import type { ServiceContext } from '../../../core/context';
import { ConnectorError } from '../../../core/outbound/errors';
import { type Source, sources } from '../../../db/schema/sources';

/** After this many failed reads in a row a source pauses itself until someone resumes it. */
export const PAUSE_AFTER_FAILURES = 10;
/** Backoff grows with each failure up to 2^6 = 64 intervals (capped at a day). */
const MAX_BACKOFF_STEPS = 6;
const DAY_MS = 24 * 60 * 60 * 1000;

/** When the next scheduled read is due: one interval after this one began, less a minute so cron ticks are not missed. */
export function nextRunAfter(startedAt: Date, intervalMinutes: number, failures = 0): Date {
  const intervalMs = intervalMinutes * 60_000;
  const delay =
    failures === 0 ? intervalMs - 60_000 : Math.min(intervalMs * 2 ** Math.min(failures, MAX_BACKOFF_STEPS), DAY_MS);
  return new Date(startedAt.getTime() + delay);
}

/**
 * Records a failed read: the error users see, one more consecutive failure, a later next
 * run, and a pause once it has failed PAUSE_AFTER_FAILURES times in a row. Answers whether
 * the source is now paused.
 */
export async function recordFailure(
  ctx: ServiceContext,
  source: Source,
  error: unknown,
  startedAt: Date,
): Promise<boolean> {
  const failures = source.consecutiveFailures + 1;
  const pause = failures >= PAUSE_AFTER_FAILURES;
  const message =
    error instanceof ConnectorError
      ? error.message
      : 'The source could not be read (an internal error; it is being looked into).';
  await ctx.db
    .update(sources)
    .set({
      lastRunAt: startedAt,
      lastError: message,
      consecutiveFailures: failures,
      nextRunAt: nextRunAfter(startedAt, source.intervalMinutes, failures),
      updatedAt: new Date(),
      ...(pause ? { status: 'paused' as const, pausedReason: 'failing' as const, runningJobId: null } : {}),
    })
    .where(and(eq(sources.id, source.id), eq(sources.workspaceId, source.workspaceId)));
  return pause;
}
