import { and, eq } from 'drizzle-orm';
import type { PublishPlatform } from '../../connectors/platforms';
import { isPublishPlatform } from '../../connectors/publishers';
import type { AccountSession, Credentials } from '../../connectors/publishers/publisher';
import type { ServiceContext } from '../../core/context';
import { ResourceNotFound } from '../../core/http/errors';
import { type SocialAccount, socialAccounts } from '../../db/schema/social-accounts';
import { decryptSecret, encryptSecret } from '../../lib/secret-box';

/** Seals an account's credentials (one JSON object) with the secret box. */
export function sealCredentials(env: Env, credentials: Credentials): Promise<string> {
  return encryptSecret(env.ENCRYPTION_KEYS, JSON.stringify(credentials));
}

/** The account as its publisher works with it, credentials opened. */
export async function openSession(env: Env, account: SocialAccount): Promise<AccountSession> {
  const credentials = JSON.parse(await decryptSecret(env.ENCRYPTION_KEYS, account.credentials)) as Credentials;
  return { serviceUrl: account.serviceUrl, externalId: account.externalId, handle: account.handle, credentials };
}

/** A workspace's account, or 404. */
export async function findAccount(ctx: ServiceContext, workspaceId: string, id: string): Promise<SocialAccount> {
  const [account] = await ctx.db
    .select()
    .from(socialAccounts)
    .where(and(eq(socialAccounts.workspaceId, workspaceId), eq(socialAccounts.id, id)));
  if (!account) throw new ResourceNotFound('The account');
  return account;
}

/** A stored account's platform; only publish platforms are ever stored (connectSocialAccount). */
function publishPlatformOf(platform: string): PublishPlatform {
  if (!isPublishPlatform(platform)) throw new Error(`Account platform "${platform}" has no publisher.`);
  return platform;
}

/** What the API shows of an account: never its credentials. */
export function presentAccount(account: SocialAccount) {
  return {
    id: account.id,
    platform: publishPlatformOf(account.platform),
    name: account.name,
    handle: account.handle,
    serviceUrl: account.serviceUrl,
    status: account.status,
    statusReason: account.statusReason,
    limits: account.limits,
    createdAt: account.createdAt.toISOString(),
    updatedAt: account.updatedAt.toISOString(),
  };
}
