import { and, eq, type SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { ServiceContext } from '../../core/context';
import { insertWhere } from '../../db/insert-where';
import type { Job } from '../../db/schema/jobs';
import { type WebhookDelivery, webhookDeliveries } from '../../db/schema/webhook-deliveries';
import { webhooks } from '../../db/schema/webhooks';
import { chunkForParams } from '../../lib/bound-params';
import { newId } from '../../lib/ids';
import { logError } from '../../lib/log';
import { DELIVER_WEBHOOK } from './contracts';
import { subscribedTo, type TEST_EVENT, type WebhookEventType } from './events';

/** Messages per Queue sendBatch (Cloudflare's limit). */
const SEND_BATCH = 100;
/** Columns of a delivery row: a multi-row insert binds this many per row. */
const DELIVERY_COLUMNS = 12;

/** The body every delivery of an event carries, exactly as sent (DESIGN: webhooks). */
function eventBody(id: string, type: string, at: Date, workspaceId: string, data: unknown): string {
  return JSON.stringify({ id, type, createdAt: at.toISOString(), workspaceId, data });
}

/**
 * Tells the workspace's webhooks that `type` happened: a pending delivery for every active
 * webhook subscribed to it (or to "*"), written in one D1 batch, then put on the deliver
 * queue, which signs, sends and retries each. Other features call this where the event
 * happens (the publishing pipeline, the job reporter). Answers the deliveries' ids.
 *
 * A delivery whose message the queue refuses stays pending, with its next attempt due now:
 * the minute sweep (sweepPendingDeliveries) sends it again.
 */
export async function emitWorkspaceEvent(
  ctx: ServiceContext,
  workspaceId: string,
  type: WebhookEventType,
  data: Record<string, unknown>,
): Promise<string[]> {
  const subscribed = await ctx.db
    .select({ id: webhooks.id, events: webhooks.events })
    .from(webhooks)
    .where(and(eq(webhooks.workspaceId, workspaceId), eq(webhooks.active, true)));
  const targets = subscribed.filter((webhook) => subscribedTo(webhook.events, type)).map((webhook) => webhook.id);
  const { rows, writes } = prepareDeliveries(ctx, workspaceId, targets, type, data);
  const [first, ...rest] = writes;
  if (!first) return [];
  await ctx.db.batch([first, ...rest]);
  await enqueueDeliveries(ctx.env, rows);
  return rows.map((row) => row.id);
}

/** How long a context trusts what it read of a workspace's subscriptions (a queue batch's burst of moves). */
const SUBSCRIBERS_FRESH_MS = 5_000;
type Subscriptions = { id: string; events: string[] }[];
const readSubscriptions = new WeakMap<ServiceContext, Map<string, { at: number; hooks: Promise<Subscriptions> }>>();

/**
 * The active webhooks of the workspace subscribed to `type`. A context telling many events
 * (a claim of hundreds of targets, a queue batch of moves) reads the workspace's webhooks once
 * every few seconds instead of once per event: a webhook added meanwhile hears from the next read.
 */
export async function subscribedWebhooks(
  ctx: ServiceContext,
  workspaceId: string,
  type: WebhookEventType,
): Promise<string[]> {
  const seen = readSubscriptions.get(ctx) ?? new Map<string, { at: number; hooks: Promise<Subscriptions> }>();
  readSubscriptions.set(ctx, seen);
  let read = seen.get(workspaceId);
  if (!read || Date.now() - read.at > SUBSCRIBERS_FRESH_MS) {
    read = {
      at: Date.now(),
      // A promise of its own: a Drizzle query runs again each time it is awaited.
      hooks: Promise.resolve(
        ctx.db
          .select({ id: webhooks.id, events: webhooks.events })
          .from(webhooks)
          .where(and(eq(webhooks.workspaceId, workspaceId), eq(webhooks.active, true))),
      ),
    };
    seen.set(workspaceId, read);
    // A failed read is not remembered: the next caller asks again.
    read.hooks.catch(() => seen.delete(workspaceId));
  }
  return (await read.hooks).filter((webhook) => subscribedTo(webhook.events, type)).map((webhook) => webhook.id);
}

/**
 * One pending delivery of a new event per webhook in `webhookIds`, and the inserts that write
 * them (rows chunked under D1's 100 bound parameters) for the caller's batch; queue them
 * (enqueueDeliveries) once written. With `when`, each row is written only if that holds in
 * the batch (the change the event tells of really happened).
 */
export function prepareDeliveries(
  ctx: ServiceContext,
  workspaceId: string,
  webhookIds: readonly string[],
  type: WebhookEventType | typeof TEST_EVENT,
  data: Record<string, unknown>,
  when?: SQL,
): { rows: WebhookDelivery[]; writes: BatchItem<'sqlite'>[] } {
  const now = new Date();
  const eventId = newId('evt', now.getTime());
  const payload = eventBody(eventId, type, now, workspaceId, data);
  const rows: WebhookDelivery[] = webhookIds.map((webhookId) => ({
    id: newId('whd', now.getTime()),
    workspaceId,
    webhookId,
    eventId,
    type,
    payload,
    status: 'pending',
    attempts: 0,
    log: [],
    nextAttemptAt: now,
    createdAt: now,
    updatedAt: now,
  }));
  return { rows, writes: deliveryWrites(ctx, rows, when) };
}

/** The inserts that write `rows` (chunked under D1's 100 bound parameters; one each with `when`). */
export function deliveryWrites(
  ctx: ServiceContext,
  rows: readonly WebhookDelivery[],
  when?: SQL,
): BatchItem<'sqlite'>[] {
  return when
    ? rows.map((row) => insertWhere(ctx.db, webhookDeliveries, row, when))
    : chunkForParams(rows, 0, DELIVERY_COLUMNS).map((chunk) => ctx.db.insert(webhookDeliveries).values(chunk));
}

/** One deliver message per delivery, in the queue's largest batches; a refusal is logged, the sweep resends. */
export async function enqueueDeliveries(
  env: Env,
  deliveries: readonly Pick<WebhookDelivery, 'id' | 'workspaceId'>[],
): Promise<void> {
  for (let i = 0; i < deliveries.length; i += SEND_BATCH) {
    try {
      await env.DELIVER.sendBatch(
        deliveries.slice(i, i + SEND_BATCH).map((delivery) => ({
          body: { v: 1, kind: DELIVER_WEBHOOK.kind, workspaceId: delivery.workspaceId, deliveryId: delivery.id },
          contentType: 'json' as const,
        })),
      );
    } catch (error) {
      logError('webhook.enqueue_failed', error, { deliveries: deliveries.length });
    }
  }
}

/** A job that finished for good, told to the workspace's webhooks as `job.succeeded` or `job.failed`. */
export async function tellJobSettled(ctx: ServiceContext, job: Job): Promise<void> {
  await emitWorkspaceEvent(ctx, job.workspaceId, job.status === 'succeeded' ? 'job.succeeded' : 'job.failed', {
    jobId: job.id,
    kind: job.kind,
    subject: job.subjectType && job.subjectId ? { type: job.subjectType, id: job.subjectId } : null,
    status: job.status,
    message: job.message,
    error: job.error,
  });
}
