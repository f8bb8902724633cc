import { env } from 'cloudflare:workers';
import { type Webhook, webhooks } from '../worker/db/schema/webhooks';
import { newId } from '../worker/lib/ids';
import { encryptSecret } from '../worker/lib/secret-box';
import type { TestUser } from './factories';
import { fixtureHookUrl } from './seed-publishing';
import { type Batch, into } from './seed-rows';

/** The signing secret of every seeded webhook. */
export const SEEDED_WEBHOOK_SECRET = 'whsec_seeded_workspace_hook';

/** A workspace webhook on the fixture server, subscribed to every event, as POST webhooks writes it (its secret sealed). */
export function seedWebhook(owner: TestUser, batch?: Batch): Promise<Webhook> {
  return into(batch, async (b) => {
    const now = new Date();
    const webhook: Webhook = {
      id: newId('whk', now.getTime()),
      workspaceId: owner.workspaceId,
      url: fixtureHookUrl(),
      description: null,
      events: ['*'],
      secret: await encryptSecret(env.ENCRYPTION_KEYS, SEEDED_WEBHOOK_SECRET),
      active: true,
      disabledReason: null,
      consecutiveFailures: 0,
      failingSince: null,
      lastSuccessAt: null,
      createdBy: owner.id,
      createdAt: now,
      updatedAt: now,
    };
    b.add(b.db.insert(webhooks).values(webhook));
    b.audit(owner, 'webhook.created', { type: 'webhook', id: webhook.id }, { url: webhook.url, events: ['*'] });
    return webhook;
  });
}
