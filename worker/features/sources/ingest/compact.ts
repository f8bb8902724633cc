import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../../core/context';
import { metricSnapshots } from '../../../db/schema/metric-snapshots';
import { logInfo } from '../../../lib/log';

/** Snapshots younger than this keep every read; older ones keep the day's last. */
const FULL_DETAIL_DAYS = 14;

/**
 * Daily: thins metric history older than two weeks to one snapshot per item per day (the
 * day's last), so history grows with days, not with reads.
 */
export async function compactSnapshots(ctx: ServiceContext, at: Date): Promise<void> {
  const cutoff = at.getTime() - FULL_DETAIL_DAYS * 86_400_000;
  const result = await ctx.db
    .delete(metricSnapshots)
    .where(
      sql`${metricSnapshots.capturedAt} < ${cutoff} AND ${metricSnapshots.id} NOT IN (
        SELECT max(id) FROM ${metricSnapshots} WHERE ${metricSnapshots.capturedAt} < ${cutoff}
        GROUP BY ${metricSnapshots.contentId}, ${metricSnapshots.capturedAt} / 86400000)`,
    )
    .run();
  logInfo('cron.snapshots_compacted', { deleted: result.meta.changes });
}
