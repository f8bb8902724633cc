import { env } from 'cloudflare:workers';
import { WEBHOOK_LIMITS } from '../worker/connectors/publishers/webhook';
import { postTargets } from '../worker/db/schema/post-targets';
import { type Post, posts } from '../worker/db/schema/posts';
import { type SocialAccount, socialAccounts } from '../worker/db/schema/social-accounts';
import { sealCredentials } from '../worker/features/publishing/accounts';
import { targetRow } from '../worker/features/publishing/post-rows';
import { newId } from '../worker/lib/ids';
import type { TestUser } from './factories';
import { type Batch, into } from './seed-rows';

/** A webhook target's address on the fixture server (it answers any POST under /hooks/ with 200). */
export function fixtureHookUrl(): string {
  return `${env.FIXTURE_ORIGIN}/hooks/${crypto.randomUUID()}`;
}

/** A webhook target, as POST accounts writes it (its secret sealed). */
export function seedWebhookAccount(owner: TestUser, batch?: Batch): Promise<SocialAccount> {
  return into(batch, async (b) => {
    const now = new Date();
    const url = fixtureHookUrl();
    const account: SocialAccount = {
      id: newId('acc', now.getTime()),
      workspaceId: owner.workspaceId,
      platform: 'webhook',
      name: 'Seeded hook',
      handle: new URL(url).host,
      externalId: url,
      serviceUrl: url,
      credentials: await sealCredentials(env, { secret: 'whsec_seeded' }),
      credentialsVersion: 1,
      limits: WEBHOOK_LIMITS,
      status: 'active',
      statusReason: null,
      createdBy: owner.id,
      createdAt: now,
      updatedAt: now,
    };
    b.add(b.db.insert(socialAccounts).values(account));
    b.audit(owner, 'account.connected', { type: 'account', id: account.id }, { platform: 'webhook' });
    return account;
  });
}

/** A draft post with one target on `account`, as POST posts writes it. */
export function seedDraftPost(owner: TestUser, account: SocialAccount, batch?: Batch): Promise<Post> {
  return into(batch, async (b) => {
    const now = new Date();
    const post: Post = {
      id: newId('post', now.getTime()),
      workspaceId: owner.workspaceId,
      body: 'A seeded draft',
      thread: [],
      status: 'draft',
      scheduledAt: null,
      createdBy: owner.id,
      createdAt: now,
      updatedAt: now,
    };
    const target = targetRow(
      {
        id: newId('tgt', now.getTime()),
        workspaceId: owner.workspaceId,
        postId: post.id,
        accountId: account.id,
        body: null,
        status: 'draft',
        scheduledAt: null,
        parts: [],
      },
      now,
    );
    b.add(b.db.insert(posts).values(post), b.db.insert(postTargets).values(target));
    b.audit(owner, 'post.created', { type: 'post', id: post.id }, { status: 'draft', targets: 1 });
    return post;
  });
}
