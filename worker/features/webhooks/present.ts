import type { DeliveryAttempt, WebhookDelivery } from '../../db/schema/webhook-deliveries';
import type { Webhook } from '../../db/schema/webhooks';

/** What the API shows of a webhook: never its secret. */
export function presentWebhook(webhook: Webhook) {
  return {
    id: webhook.id,
    url: webhook.url,
    description: webhook.description,
    events: webhook.events,
    active: webhook.active,
    disabledReason: webhook.disabledReason,
    consecutiveFailures: webhook.consecutiveFailures,
    failingSince: webhook.failingSince?.toISOString() ?? null,
    lastSuccessAt: webhook.lastSuccessAt?.toISOString() ?? null,
    createdAt: webhook.createdAt.toISOString(),
    updatedAt: webhook.updatedAt.toISOString(),
  };
}

/** A delivery as the delivery log shows it: its last attempt up front, every attempt in `log`. */
export function presentDelivery(delivery: WebhookDelivery) {
  const last: DeliveryAttempt | undefined = delivery.log.at(-1);
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    type: delivery.type,
    status: delivery.status,
    attempts: delivery.attempts,
    statusCode: last?.statusCode ?? null,
    error: last?.error ?? null,
    responseMs: last?.responseMs ?? null,
    createdAt: delivery.createdAt.toISOString(),
    lastAttemptAt: last?.at ?? null,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    log: delivery.log,
  };
}
