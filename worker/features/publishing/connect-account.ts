import { and, eq } from 'drizzle-orm';
import { connectAccount } from '../../connectors/publishers';
import type { ConnectInput } from '../../connectors/publishers/publisher';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { Conflict } from '../../core/http/errors';
import { uniqueViolation } from '../../db/errors';
import { postTargets } from '../../db/schema/post-targets';
import { type SocialAccount, socialAccounts } from '../../db/schema/social-accounts';
import { randomToken } from '../../lib/crypto';
import { newId } from '../../lib/ids';
import { sealCredentials } from './accounts';

/** What a person gives to connect an account; a webhook target's secret is made here. */
export type AccountInput =
  | Exclude<ConnectInput, { platform: 'webhook' }>
  | Omit<Extract<ConnectInput, { platform: 'webhook' }>, 'secret'>;

/**
 * Connects an account after checking what was given against the platform itself. Connecting
 * one that is in the workspace already reconnects it: new credentials, `active` again, and the
 * targets held while it was not are scheduled again (those already due publish within a minute).
 * A webhook target's signing secret is answered once, here, and never again.
 */
export async function connectSocialAccount(
  ctx: ServiceContext,
  workspaceId: string,
  input: AccountInput,
  createdBy: string | null,
): Promise<{ account: SocialAccount; secret?: string; reconnected: boolean }> {
  const secret = input.platform === 'webhook' ? `whsec_${randomToken(24)}` : undefined;
  const full: ConnectInput = input.platform === 'webhook' ? { ...input, secret: secret ?? '' } : input;
  const connected = await connectAccount(ctx.env, full);
  const credentials = await sealCredentials(ctx.env, connected.credentials);
  const now = new Date();
  const [existing] = await ctx.db
    .select()
    .from(socialAccounts)
    .where(
      and(
        eq(socialAccounts.workspaceId, workspaceId),
        eq(socialAccounts.platform, input.platform),
        eq(socialAccounts.serviceUrl, connected.serviceUrl),
        eq(socialAccounts.externalId, connected.externalId),
      ),
    );
  const fields = {
    name: input.platform === 'webhook' && input.name ? input.name : connected.name,
    handle: connected.handle,
    serviceUrl: connected.serviceUrl,
    credentials,
    limits: connected.limits,
    status: 'active' as const,
    statusReason: null,
    updatedAt: now,
  };
  if (existing) {
    await commitWithAudit(
      ctx,
      [
        ctx.db
          .update(socialAccounts)
          .set({ ...fields, credentialsVersion: existing.credentialsVersion + 1 })
          .where(eq(socialAccounts.id, existing.id)),
        ctx.db
          .update(postTargets)
          .set({ status: 'scheduled', error: null, attempts: 0, stateAt: now, updatedAt: now })
          .where(and(eq(postTargets.accountId, existing.id), eq(postTargets.status, 'held'))),
      ],
      { workspaceId, action: 'account.reconnected', targetType: 'account', targetId: existing.id },
    );
    const account = { ...existing, ...fields, credentialsVersion: existing.credentialsVersion + 1 };
    return { account, ...(secret ? { secret } : {}), reconnected: true };
  }
  const account: SocialAccount = {
    id: newId('acc', now.getTime()),
    workspaceId,
    platform: input.platform,
    externalId: connected.externalId,
    credentialsVersion: 1,
    createdBy,
    createdAt: now,
    ...fields,
  };
  try {
    await commitWithAudit(ctx, [ctx.db.insert(socialAccounts).values(account)], {
      workspaceId,
      action: 'account.connected',
      targetType: 'account',
      targetId: account.id,
      metadata: { platform: account.platform, handle: account.handle },
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new Conflict('This account was connected at the same moment; reload to see it.');
    throw error;
  }
  return { account, ...(secret ? { secret } : {}), reconnected: false };
}
