import { and, eq, inArray, lt } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { webhookDeliveries } from '../../db/schema/webhook-deliveries';
import { enqueueDeliveries } from './emit';

/** A pending delivery this long past its next attempt lost its message (a refused send, a queue outage). */
export const OVERDUE_AFTER_MS = 10 * 60 * 1000;
/** Deliveries resent per run; the next minute takes the rest. */
const SWEEP_ROUND = 500;

/** The minute sweep: pending deliveries long overdue are queued again (receivers deduplicate by delivery id). */
export async function sweepPendingDeliveries(ctx: ServiceContext, at: Date): Promise<void> {
  const cutoff = new Date(at.getTime() - OVERDUE_AFTER_MS);
  const due = ctx.db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, 'pending'), lt(webhookDeliveries.nextAttemptAt, cutoff)))
    .limit(SWEEP_ROUND);
  const overdue = await ctx.db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: at, updatedAt: at })
    .where(and(inArray(webhookDeliveries.id, due), eq(webhookDeliveries.status, 'pending')))
    .returning({ id: webhookDeliveries.id, workspaceId: webhookDeliveries.workspaceId });
  await enqueueDeliveries(ctx.env, overdue);
}
