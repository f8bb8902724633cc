import { and, eq } from 'drizzle-orm';
import type { TaskMessage, TaskOutcome } from '../../../queues/task';
import { webhookErrors } from '../../connectors/publishers/webhook';
import type { ServiceContext } from '../../core/context';
import { ConnectorError, RateLimited } from '../../core/outbound/errors';
import { outboundSend } from '../../core/outbound/send';
import { type DeliveryAttempt, type WebhookDelivery, webhookDeliveries } from '../../db/schema/webhook-deliveries';
import { type Webhook, webhooks } from '../../db/schema/webhooks';
import { decryptSecret } from '../../lib/secret-box';
import { signWebhook } from '../../lib/webhook-signature';
import { MAX_ATTEMPTS, retryDelaySeconds } from './backoff';
import type { DELIVER_WEBHOOK } from './contracts';
import { TEST_EVENT } from './events';
import { recordFailure, recordSuccess } from './health';

const done: TaskOutcome = { done: true };

/**
 * The deliver consumer: one attempt at one delivery. The body was made when the event was
 * recorded, so every attempt sends the same bytes under the same delivery id (the receiver's
 * Idempotency-Key), signed afresh (the signature carries the time it was made). A failed
 * attempt is retried with growing waits, up to MAX_ATTEMPTS; each attempt is logged on the row.
 */
export async function deliverWebhook(
  ctx: ServiceContext,
  message: TaskMessage<typeof DELIVER_WEBHOOK>,
): Promise<TaskOutcome> {
  const [row] = await ctx.db
    .select({ delivery: webhookDeliveries, webhook: webhooks })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(and(eq(webhookDeliveries.id, message.deliveryId), eq(webhookDeliveries.workspaceId, message.workspaceId)));
  // Deleted with its webhook, or decided by an earlier delivery of this message.
  if (row?.delivery.status !== 'pending') return done;
  const { delivery, webhook } = row;
  // A test is sent on request whatever the state, so a person can check a receiver before turning it on.
  if (!webhook.active && delivery.type !== TEST_EVENT) {
    await settle(ctx, delivery, { status: 'failed', nextAttemptAt: null });
    return done;
  }
  const attempt = await attemptOnce(ctx.env, webhook, delivery);
  const log = [...delivery.log, attempt];
  const at = new Date(attempt.at);
  if (attempt.error === null) {
    if (await settle(ctx, delivery, { status: 'delivered', log, nextAttemptAt: null })) {
      await recordSuccess(ctx, webhook.id, at);
    }
    return done;
  }
  const gaveUp = log.length >= MAX_ATTEMPTS;
  const wait = Math.max(retryDelaySeconds(log.length), attempt.retryAfter ?? 0);
  const next = gaveUp ? null : new Date(at.getTime() + wait * 1000);
  const recorded = await settle(ctx, delivery, { status: gaveUp ? 'failed' : 'pending', log, nextAttemptAt: next });
  if (!recorded) return done;
  await recordFailure(ctx, webhook, at, gaveUp);
  return gaveUp ? done : { againInSeconds: wait };
}

type Attempt = DeliveryAttempt & { retryAfter?: number };

/** One signed POST through outboundSend; what happened, never thrown (but for faults of our own). */
async function attemptOnce(env: Env, webhook: Webhook, delivery: WebhookDelivery): Promise<Attempt> {
  const secret = await decryptSecret(env.ENCRYPTION_KEYS, webhook.secret);
  const started = Date.now();
  const base = { attempt: delivery.attempts + 1, at: new Date(started).toISOString() };
  try {
    const sent = await outboundSend(env, webhook.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': delivery.id,
        'Crowsnest-Delivery': delivery.id,
        'Crowsnest-Event': delivery.type,
        'Crowsnest-Signature': await signWebhook(secret, delivery.payload),
      },
      body: delivery.payload,
      service: webhookErrors(new URL(webhook.url).host),
      // Any answer is read and dropped: a receiver has no business sending much back.
      maxBytes: 64 * 1024,
    });
    return { ...base, statusCode: sent.status, error: null, responseMs: Date.now() - started };
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    return {
      ...base,
      statusCode: error.status ?? null,
      error: error.message.slice(0, 500),
      responseMs: Date.now() - started,
      ...(error instanceof RateLimited ? { retryAfter: error.retryAfter } : {}),
    };
  }
}

/**
 * Records an attempt's outcome, only if no other run of this delivery recorded one since it
 * was read (a message the queue delivered twice): answers whether this call did.
 */
async function settle(
  ctx: ServiceContext,
  delivery: WebhookDelivery,
  outcome: Pick<WebhookDelivery, 'status' | 'nextAttemptAt'> & { log?: DeliveryAttempt[] },
): Promise<boolean> {
  const log = (outcome.log ?? delivery.log).map(({ attempt, at, statusCode, error, responseMs }) => ({
    attempt,
    at,
    statusCode,
    error,
    responseMs,
  }));
  const changed = await ctx.db
    .update(webhookDeliveries)
    .set({
      status: outcome.status,
      log,
      attempts: log.length,
      nextAttemptAt: outcome.nextAttemptAt,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(webhookDeliveries.id, delivery.id),
        eq(webhookDeliveries.status, 'pending'),
        eq(webhookDeliveries.attempts, delivery.attempts),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return changed.length === 1;
}
