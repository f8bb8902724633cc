import { z } from '@hono/zod-openapi';
import { Timestamp } from '../../core/http/schemas';
import { DELIVERY_STATUSES } from '../../db/schema/webhook-deliveries';
import { ALL_EVENTS, WEBHOOK_EVENT_TYPES } from './events';

const Url = z
  .url({ protocol: /^https?$/, message: 'Give an https:// address.' })
  .max(2048, 'Use at most 2048 characters.');

const EventName = z.enum([...WEBHOOK_EVENT_TYPES, ALL_EVENTS], {
  message: `Use one of: ${[...WEBHOOK_EVENT_TYPES, ALL_EVENTS].join(', ')}.`,
});

/** At least one event; duplicates are harmless and dropped. */
const Events = z
  .array(EventName)
  .min(1, 'Choose at least one event, or "*" for all.')
  .max(WEBHOOK_EVENT_TYPES.length + 1)
  .transform((events) => [...new Set(events)]);

const Description = z.string().trim().max(500, 'Use at most 500 characters.');

export const CreateWebhook = z
  .object({ url: Url, events: Events, description: Description.optional() })
  .openapi('WebhookCreate');

export const UpdateWebhook = z
  .object({
    url: Url.optional(),
    events: Events.optional(),
    description: Description.nullable().optional(),
    active: z.boolean().optional().openapi({ description: 'true re-enables it and clears its failure count' }),
  })
  .openapi('WebhookPatch');

export const WebhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    description: z.string().nullable(),
    events: z.array(z.string()),
    active: z.boolean(),
    disabledReason: z.string().nullable().openapi({ description: 'Why Crowsnest disabled it' }),
    consecutiveFailures: z.number().int(),
    failingSince: Timestamp.nullable(),
    lastSuccessAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Webhook');

export const CreatedWebhook = WebhookSchema.extend({
  secret: z.string().openapi({ description: 'The signing secret: shown this once, never again' }),
}).openapi('WebhookCreated');

export const DeliverySchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    type: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number().int(),
    statusCode: z.number().int().nullable().openapi({ description: 'The last attempt’s HTTP status' }),
    error: z.string().nullable().openapi({ description: 'Why the last attempt failed' }),
    responseMs: z.number().int().nullable(),
    createdAt: Timestamp,
    lastAttemptAt: Timestamp.nullable(),
    nextAttemptAt: Timestamp.nullable(),
    log: z.array(
      z.object({
        attempt: z.number().int(),
        at: Timestamp,
        statusCode: z.number().int().nullable(),
        error: z.string().nullable(),
        responseMs: z.number().int(),
      }),
    ),
  })
  .openapi('WebhookDelivery');
