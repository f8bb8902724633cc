import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { webhooks } from './webhooks';
import { workspaces } from './workspaces';

/** `pending` (waiting for its first or next attempt) → `delivered` | `failed` (gave up). */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One attempt at a delivery, as the delivery log shows it. */
export interface DeliveryAttempt {
  attempt: number;
  at: string;
  /** The receiver's HTTP status, when it answered. */
  statusCode: number | null;
  /** Why it failed, when it did (no answer, a non-2xx answer, a refused address). */
  error: string | null;
  responseMs: number;
}

/**
 * One event sent to one webhook: the unit the deliver queue retries. Its state lives here
 * (a queue task, like a post target), so every attempt sends the same body under the same
 * delivery id, which receivers deduplicate by.
 */
export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    webhookId: text('webhook_id')
      .notNull()
      .references(() => webhooks.id, { onDelete: 'cascade' }),
    /** The event's id: the same in every webhook's delivery of one event. */
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    /** The exact JSON body sent, made once, so every attempt signs and sends the same bytes. */
    payload: text('payload').notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** Every attempt so far, oldest first (at most MAX_ATTEMPTS). */
    log: text('log', { mode: 'json' }).$type<DeliveryAttempt[]>().notNull(),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('webhook_deliveries_webhook_idx').on(t.webhookId, t.id),
    index('webhook_deliveries_workspace_idx').on(t.workspaceId, t.id),
    index('webhook_deliveries_pending_idx').on(t.status, t.nextAttemptAt),
  ],
);

export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
