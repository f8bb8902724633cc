import { and, eq, sql } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { type Webhook, webhooks } from '../../db/schema/webhooks';

/** Deliveries in a row that failed for good, after which a webhook is disabled. */
export const DISABLE_AFTER_FAILED_DELIVERIES = 20;
/** How long a webhook may fail every attempt before it is disabled. */
export const DISABLE_AFTER_FAILING_MS = 24 * 60 * 60 * 1000;

/** A delivery got through: the webhook is healthy again. */
export async function recordSuccess(ctx: ServiceContext, webhookId: string, at: Date): Promise<void> {
  await ctx.db
    .update(webhooks)
    .set({ consecutiveFailures: 0, failingSince: null, lastSuccessAt: at })
    .where(eq(webhooks.id, webhookId));
}

/**
 * An attempt failed (`gaveUp`: the delivery's last). The failing streak starts at the first
 * failed attempt since a success; a webhook that fails for a day, or whose last 20 deliveries
 * all failed, is disabled: nothing more is sent to it until a person turns it on again, the
 * reason shows on it, and the workspace is told (audit entry `webhook.disabled`, live event).
 */
export async function recordFailure(ctx: ServiceContext, webhook: Webhook, at: Date, gaveUp: boolean): Promise<void> {
  const [now] = await ctx.db
    .update(webhooks)
    .set({
      failingSince: sql`coalesce(${webhooks.failingSince}, ${at.getTime()})`,
      ...(gaveUp ? { consecutiveFailures: sql`${webhooks.consecutiveFailures} + 1` } : {}),
    })
    .where(eq(webhooks.id, webhook.id))
    .returning();
  if (!now?.active) return;
  const reason = disableReason(now, at);
  if (reason) await disableWebhook(ctx, now, reason);
}

function disableReason(webhook: Webhook, at: Date): string | null {
  if (webhook.consecutiveFailures >= DISABLE_AFTER_FAILED_DELIVERIES) {
    return `Disabled by Crowsnest: its last ${webhook.consecutiveFailures} deliveries all failed. Fix the receiver, then turn it on again.`;
  }
  if (webhook.failingSince && at.getTime() - webhook.failingSince.getTime() >= DISABLE_AFTER_FAILING_MS) {
    return `Disabled by Crowsnest: every delivery has failed since ${webhook.failingSince.toISOString()}. Fix the receiver, then turn it on again.`;
  }
  return null;
}

/** Turns a webhook off with its reason, once: the entry is written only by the call that turned it off. */
async function disableWebhook(ctx: ServiceContext, webhook: Webhook, reason: string): Promise<void> {
  const now = new Date();
  const update = ctx.db
    .update(webhooks)
    .set({ active: false, disabledReason: reason, updatedAt: now })
    .where(and(eq(webhooks.id, webhook.id), eq(webhooks.active, true)));
  const turnedOff = sql`exists (select 1 from ${webhooks} where ${webhooks.id} = ${webhook.id} and ${webhooks.active} = 0 and ${webhooks.updatedAt} = ${now.getTime()})`;
  await commitWithAudit(
    ctx,
    [update],
    {
      workspaceId: webhook.workspaceId,
      action: 'webhook.disabled',
      targetType: 'webhook',
      targetId: webhook.id,
      metadata: { url: webhook.url, reason, consecutiveFailures: webhook.consecutiveFailures },
    },
    { when: turnedOff },
  );
}
