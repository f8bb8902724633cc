/**
 * What a workspace webhook can be sent (DESIGN: API conventions, webhooks): every state a post
 * target enters, an account that needs reconnecting, and how background jobs ended. Types
 * outlive code, as receivers switch on them: add, never rename or remove.
 */
export const WEBHOOK_EVENT_TYPES = [
  'post.target_scheduled',
  'post.target_queued',
  'post.target_publishing',
  'post.target_published',
  'post.target_failed',
  'post.target_unconfirmed',
  'post.target_held',
  'account.reauth_required',
  'account.paused',
  'account.resumed',
  'job.succeeded',
  'job.failed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Subscribes a webhook to every type, including ones added later. */
export const ALL_EVENTS = '*';

/** What `POST …/webhooks/:id/test` sends: never subscribed to, sent to the one webhook asked. */
export const TEST_EVENT = 'webhook.test';

/** Whether a webhook subscribed to `events` is sent `type`. */
export function subscribedTo(events: readonly string[], type: string): boolean {
  return events.includes(ALL_EVENTS) || events.includes(type);
}
