import { and, desc, eq, lt } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { decodeCursor, toPage } from '../../core/http/pagination';
import { webhookDeliveries } from '../../db/schema/webhook-deliveries';
import { enqueueDeliveries, prepareDeliveries } from './emit';
import { TEST_EVENT } from './events';
import { findWebhook } from './manage';
import { presentDelivery } from './present';

/** A webhook's delivery log, newest first. */
export async function listDeliveries(
  ctx: ServiceContext,
  workspaceId: string,
  webhookId: string,
  filter: { limit: number; cursor?: string | undefined },
) {
  const webhook = await findWebhook(ctx, workspaceId, webhookId);
  const after = decodeCursor(filter.cursor, 1);
  const rows = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.webhookId, webhook.id),
        eq(webhookDeliveries.workspaceId, workspaceId),
        after ? lt(webhookDeliveries.id, String(after[0])) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (row) => [row.id], presentDelivery);
}

/**
 * Sends a `webhook.test` event to this one webhook now, whether it is subscribed or turned on,
 * so a person can check a receiver (and its signature check) before relying on it.
 */
export async function sendTestEvent(ctx: ServiceContext, workspaceId: string, webhookId: string): Promise<string> {
  const webhook = await findWebhook(ctx, workspaceId, webhookId);
  const { rows, writes } = prepareDeliveries(ctx, workspaceId, [webhook.id], TEST_EVENT, {
    webhookId: webhook.id,
    message: 'A test event from Crowsnest. If you can read this, the webhook works.',
  });
  const [delivery] = rows;
  if (!delivery) throw new Error('prepareDeliveries made no delivery for one webhook');
  await commitWithAudit(ctx, writes, {
    workspaceId,
    action: 'webhook.tested',
    targetType: 'webhook',
    targetId: webhook.id,
    metadata: { deliveryId: delivery.id },
  });
  await enqueueDeliveries(ctx.env, rows);
  return delivery.id;
}
