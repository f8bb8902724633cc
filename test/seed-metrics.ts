import { env } from 'cloudflare:workers';
import { createDb } from '../worker/db/client';
import { postTargets } from '../worker/db/schema/post-targets';
import { posts } from '../worker/db/schema/posts';
import { type AccountStatus, type SocialAccount, socialAccounts } from '../worker/db/schema/social-accounts';
import { sealCredentials } from '../worker/features/publishing/accounts';
import { targetRow } from '../worker/features/publishing/post-rows';
import { newId } from '../worker/lib/ids';
import type { TestUser } from './factories';

/** An account as connecting it writes it, on any platform, at any address. */
export async function seedAccount(
  owner: TestUser,
  fields: {
    platform: 'bluesky' | 'mastodon' | 'webhook';
    serviceUrl: string;
    externalId: string;
    credentials: Record<string, string>;
    status?: AccountStatus;
  },
): Promise<SocialAccount> {
  const now = new Date();
  const account: SocialAccount = {
    id: newId('acc', now.getTime()),
    workspaceId: owner.workspaceId,
    platform: fields.platform,
    name: `Seeded ${fields.platform}`,
    handle: `seeded.${fields.platform}`,
    externalId: fields.externalId,
    serviceUrl: fields.serviceUrl,
    credentials: await sealCredentials(env, fields.credentials),
    credentialsVersion: 1,
    limits: { maxChars: 500, countsBy: 'characters', maxImages: 4, maxVideos: 1 },
    status: fields.status ?? 'active',
    statusReason: fields.status && fields.status !== 'active' ? 'Reconnect this account: seeded' : null,
    createdBy: owner.id,
    createdAt: now,
    updatedAt: now,
  };
  await createDb(env.DB).insert(socialAccounts).values(account);
  return account;
}

/** A post published on `account` at `publishedAt`, its first part the platform's `externalId`. */
export async function seedPublishedPost(
  owner: TestUser,
  account: SocialAccount,
  externalId: string,
  publishedAt: Date,
): Promise<{ postId: string; targetId: string }> {
  const db = createDb(env.DB);
  const postId = newId('post', publishedAt.getTime());
  const targetId = newId('tgt', publishedAt.getTime());
  await db.batch([
    db.insert(posts).values({
      id: postId,
      workspaceId: owner.workspaceId,
      body: 'A seeded published post',
      thread: [],
      status: 'scheduled',
      scheduledAt: publishedAt,
      createdBy: owner.id,
      createdAt: publishedAt,
      updatedAt: publishedAt,
    }),
    db.insert(postTargets).values({
      ...targetRow(
        {
          id: targetId,
          workspaceId: owner.workspaceId,
          postId,
          accountId: account.id,
          body: null,
          status: 'published',
          scheduledAt: publishedAt,
          parts: [{ key: `k-${targetId}`, externalId, url: null }],
        },
        publishedAt,
      ),
      externalId,
      publishedAt,
    }),
  ]);
  return { postId, targetId };
}
