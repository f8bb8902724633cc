import type { SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { ServiceContext } from '../../core/context';
import type { TargetStatus } from '../../db/schema/post-targets';
import type { WebhookDelivery } from '../../db/schema/webhook-deliveries';
import { deliveryWrites, enqueueDeliveries, prepareDeliveries, subscribedWebhooks } from '../webhooks/emit';

export interface TargetMoved {
  workspaceId: string;
  postId: string;
  id: string;
  accountId: string;
}

/** Deliveries to write in the move's own batch, and to queue once it has committed. */
export interface MoveDeliveries {
  rows: WebhookDelivery[];
  writes: BatchItem<'sqlite'>[];
}

/**
 * The webhook deliveries telling that targets entered `status` (`post.target_<status>`), as
 * writes for the batch that moves them, so a receiver hears of every move that happened and
 * of none that did not. Failures included: a failed post is told as surely as a published one.
 * With `when`, each delivery is written only if that holds in the batch (a conditional move).
 */
export async function moveDeliveries(
  ctx: ServiceContext,
  moved: readonly TargetMoved[],
  status: Exclude<TargetStatus, 'draft'>,
  details: { reason?: string | null; url?: string | null } = {},
  when?: SQL,
): Promise<MoveDeliveries> {
  const type = `post.target_${status}` as const;
  const rows: WebhookDelivery[] = [];
  for (const target of moved) {
    const webhookIds = await subscribedWebhooks(ctx, target.workspaceId, type);
    if (webhookIds.length === 0) continue;
    const prepared = prepareDeliveries(
      ctx,
      target.workspaceId,
      webhookIds,
      type,
      {
        postId: target.postId,
        targetId: target.id,
        accountId: target.accountId,
        status,
        reason: details.reason ?? null,
        ...(details.url ? { url: details.url } : {}),
      },
      when,
    );
    rows.push(...prepared.rows);
  }
  // Written together: a claim's hundreds of deliveries in a few multi-row inserts.
  return { rows, writes: deliveryWrites(ctx, rows, when) };
}

/** Queues the deliveries of a committed move; one the queue refuses stays pending for the sweep. */
export function sendMoveDeliveries(ctx: ServiceContext, deliveries: MoveDeliveries): Promise<void> {
  return deliveries.rows.length === 0 ? Promise.resolve() : enqueueDeliveries(ctx.env, deliveries.rows);
}
