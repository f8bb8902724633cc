import { and, eq } from 'drizzle-orm';
import type { TaskMessage } from '../../../queues/task';
import type { ServiceContext } from '../../core/context';
import { webhookDeliveries } from '../../db/schema/webhook-deliveries';
import type { DELIVER_WEBHOOK } from './contracts';

/**
 * The queue gave up on a delivery's message (its consumer kept crashing, a fault of ours, not
 * the receiver's): the delivery is `failed`, visible in the log, never silently pending.
 */
export async function parkDelivery(ctx: ServiceContext, message: TaskMessage<typeof DELIVER_WEBHOOK>): Promise<void> {
  await ctx.db
    .update(webhookDeliveries)
    .set({ status: 'failed', nextAttemptAt: null, updatedAt: new Date() })
    .where(
      and(
        eq(webhookDeliveries.id, message.deliveryId),
        eq(webhookDeliveries.workspaceId, message.workspaceId),
        eq(webhookDeliveries.status, 'pending'),
      ),
    );
}
