import { and, eq } from 'drizzle-orm';
import { checkWebhookUrl } from '../../connectors/publishers/webhook';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { ResourceNotFound, ValidationFailed } from '../../core/http/errors';
import { newestFirst } from '../../core/newest-first';
import { BadRequest } from '../../core/outbound/errors';
import { type Webhook, webhooks } from '../../db/schema/webhooks';
import { randomToken } from '../../lib/crypto';
import { newId } from '../../lib/ids';
import { encryptSecret } from '../../lib/secret-box';
import { presentWebhook } from './present';

export interface WebhookInput {
  url: string;
  events: string[];
  description?: string | undefined;
}

export interface WebhookPatch {
  url?: string | undefined;
  events?: string[] | undefined;
  description?: string | null | undefined;
  active?: boolean | undefined;
}

/** The URL as it will be called, or a 400 naming the field: the publisher's own check (https, the outbound guard). */
async function checkedUrl(env: Env, url: string): Promise<string> {
  try {
    return (await checkWebhookUrl(env, url)).toString();
  } catch (error) {
    if (error instanceof BadRequest) throw new ValidationFailed([{ path: 'url', message: error.message }]);
    throw error;
  }
}

/** A workspace's webhook, or 404. */
export async function findWebhook(ctx: ServiceContext, workspaceId: string, id: string): Promise<Webhook> {
  const [webhook] = await ctx.db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.workspaceId, workspaceId), eq(webhooks.id, id)));
  if (!webhook) throw new ResourceNotFound('The webhook');
  return webhook;
}

export function listWebhooks(
  ctx: ServiceContext,
  workspaceId: string,
  filter: { limit: number; cursor?: string | undefined },
) {
  return newestFirst(ctx, webhooks, workspaceId, filter, presentWebhook);
}

/**
 * Adds a webhook, active, with a new signing secret sealed with the secret box (signing needs
 * it back, so it cannot be hashed). The secret is answered here, once, and never again.
 */
export async function createWebhook(
  ctx: ServiceContext,
  workspaceId: string,
  input: WebhookInput,
  createdBy: string | null,
): Promise<{ webhook: Webhook; secret: string }> {
  const url = await checkedUrl(ctx.env, input.url);
  const secret = `whsec_${randomToken(24)}`;
  const now = new Date();
  const webhook: Webhook = {
    id: newId('whk', now.getTime()),
    workspaceId,
    url,
    description: input.description || null,
    events: input.events,
    secret: await encryptSecret(ctx.env.ENCRYPTION_KEYS, secret),
    active: true,
    disabledReason: null,
    consecutiveFailures: 0,
    failingSince: null,
    lastSuccessAt: null,
    createdBy,
    createdAt: now,
    updatedAt: now,
  };
  await commitWithAudit(ctx, [ctx.db.insert(webhooks).values(webhook)], {
    workspaceId,
    action: 'webhook.created',
    targetType: 'webhook',
    targetId: webhook.id,
    metadata: { url, events: webhook.events },
  });
  return { webhook, secret };
}

/**
 * Changes a webhook. Turning one on again (after Crowsnest or a person disabled it) starts it
 * afresh: no failure count, no failing streak, no reason shown.
 */
export async function updateWebhook(
  ctx: ServiceContext,
  workspaceId: string,
  id: string,
  patch: WebhookPatch,
): Promise<Webhook> {
  const webhook = await findWebhook(ctx, workspaceId, id);
  const now = new Date();
  const enabling = patch.active === true && !webhook.active;
  const changes: Partial<Webhook> = {
    ...(patch.url !== undefined ? { url: await checkedUrl(ctx.env, patch.url) } : {}),
    ...(patch.events !== undefined ? { events: patch.events } : {}),
    ...(patch.description !== undefined ? { description: patch.description || null } : {}),
    ...(patch.active !== undefined ? { active: patch.active } : {}),
    ...(enabling ? { disabledReason: null, consecutiveFailures: 0, failingSince: null } : {}),
    updatedAt: now,
  };
  await commitWithAudit(ctx, [ctx.db.update(webhooks).set(changes).where(eq(webhooks.id, webhook.id))], {
    workspaceId,
    action: 'webhook.updated',
    targetType: 'webhook',
    targetId: webhook.id,
    metadata: { changed: Object.keys(patch).filter((key) => key in changes) },
  });
  return { ...webhook, ...changes };
}

/** Removes a webhook and its delivery log; deliveries still waiting are dropped with it. */
export async function deleteWebhook(ctx: ServiceContext, workspaceId: string, id: string): Promise<void> {
  const webhook = await findWebhook(ctx, workspaceId, id);
  await commitWithAudit(ctx, [ctx.db.delete(webhooks).where(eq(webhooks.id, webhook.id))], {
    workspaceId,
    action: 'webhook.deleted',
    targetType: 'webhook',
    targetId: webhook.id,
    metadata: { url: webhook.url },
  });
}
