import { env } from 'cloudflare:workers';
import { createDb } from '../worker/db/client';
import { type Media, media } from '../worker/db/schema/media';
import { type SocialAccount, socialAccounts } from '../worker/db/schema/social-accounts';
import type { AccountLimits } from '../worker/lib/account-limits';
import { toHex } from '../worker/lib/encoding';
import { newId } from '../worker/lib/ids';
import type { TestUser } from './factories';

/**
 * A file in the workspace's media library with the facts a test gives (for rules), written as the library's upload writes it: the row,
 * and `bytes` in R2 under its key. Its facts (kind, type, size, dimensions, length) are what a
 * test says they are, so a rule can be tested without a file that large or that long.
 */
export async function seedFileWithFacts(
  owner: Pick<TestUser, 'workspaceId' | 'id'>,
  fields: Partial<Omit<Media, 'id' | 'workspaceId' | 'r2Key'>> = {},
  bytes: Uint8Array = crypto.getRandomValues(new Uint8Array(64)),
): Promise<Media> {
  const now = new Date();
  const id = newId('med', now.getTime());
  const row: Media = {
    id,
    workspaceId: owner.workspaceId,
    kind: 'image',
    contentType: 'image/png',
    bytes: bytes.byteLength,
    sha256: toHex(await crypto.subtle.digest('SHA-256', bytes)),
    width: 800,
    height: 600,
    durationMs: null,
    alt: 'A seeded picture',
    filename: `${id}.png`,
    r2Key: `workspaces/${owner.workspaceId}/media/${id}`,
    createdBy: owner.id,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
  await env.MEDIA.put(row.r2Key, bytes);
  await createDb(env.DB).insert(media).values(row);
  return row;
}

/**
 * An account row of any platform with the given limits, for checks that never call the
 * platform; `fields` sets anything else (its name, handle, server, sealed credentials).
 */
export async function seedAccountWithLimits(
  owner: Pick<TestUser, 'workspaceId' | 'id'>,
  platform: SocialAccount['platform'],
  limits: AccountLimits,
  fields: Partial<Omit<SocialAccount, 'id' | 'workspaceId' | 'platform' | 'limits'>> = {},
): Promise<SocialAccount> {
  const now = new Date();
  const account: SocialAccount = {
    id: newId('acc', now.getTime()),
    workspaceId: owner.workspaceId,
    platform,
    name: `Seeded ${platform}`,
    handle: `@seeded-${crypto.randomUUID().slice(0, 6)}`,
    externalId: `ext-${crypto.randomUUID()}`,
    serviceUrl: 'https://example.invalid',
    credentials: 'unused',
    credentialsVersion: 1,
    limits,
    status: 'active',
    statusReason: null,
    createdBy: owner.id,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
  await createDb(env.DB).insert(socialAccounts).values(account);
  return account;
}
