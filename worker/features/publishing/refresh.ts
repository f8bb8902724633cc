import { and, eq, inArray } from 'drizzle-orm';
import type { AccountSession, Publisher } from '../../connectors/publishers/publisher';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { AuthExpired } from '../../core/outbound/errors';
import { postTargets } from '../../db/schema/post-targets';
import { type SocialAccount, socialAccounts } from '../../db/schema/social-accounts';
import { logError } from '../../lib/log';
import { emitWorkspaceEvent } from '../webhooks/emit';
import { openSession, sealCredentials } from './accounts';
import { recordMoves } from './claim';

/**
 * One refresh of an account's session at a time, everywhere: a lease in the account's own
 * RateLimiter object (one token, back after a minute if its holder never returns it). A
 * rotating refresh token used twice would sign the account out, and two refreshes writing at
 * once could keep the older tokens.
 */
const LEASE = { limit: 1, periodSeconds: 60 };
const WAIT_MS = 250;
const MAX_WAIT_MS = 15_000;

async function reread(ctx: ServiceContext, id: string): Promise<SocialAccount | undefined> {
  const [account] = await ctx.db.select().from(socialAccounts).where(eq(socialAccounts.id, id));
  return account;
}

/**
 * New credentials for an account whose access expired, stored before use; null when a person
 * must reconnect it. If another consumer refreshed meanwhile, its credentials are used.
 */
export async function refreshSession(
  ctx: ServiceContext,
  account: SocialAccount,
  publisher: Publisher,
): Promise<AccountSession | null> {
  if (!publisher.refresh) return null;
  const key = `refresh:${account.id}`;
  const lock = ctx.env.RATE_LIMITER.get(ctx.env.RATE_LIMITER.idFromName(key));
  for (let waited = 0; !(await lock.take(key, LEASE)).allowed; waited += WAIT_MS) {
    if (waited >= MAX_WAIT_MS) throw new Error(`The session of account ${account.id} is being refreshed elsewhere.`);
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
  try {
    const latest = await reread(ctx, account.id);
    if (!latest || latest.status !== 'active') return null;
    // Someone refreshed while this consumer waited for the lease: theirs is the session.
    if (latest.credentialsVersion !== account.credentialsVersion) return openSession(ctx.env, latest);
    const session = await openSession(ctx.env, latest);
    let credentials: Awaited<ReturnType<NonNullable<Publisher['refresh']>>>;
    try {
      credentials = await publisher.refresh(ctx.env, session);
    } catch (error) {
      if (error instanceof AuthExpired) return null;
      throw error;
    }
    const sealed = await sealCredentials(ctx.env, credentials);
    await ctx.db
      .update(socialAccounts)
      .set({ credentials: sealed, credentialsVersion: latest.credentialsVersion + 1, updatedAt: new Date() })
      .where(and(eq(socialAccounts.id, latest.id), eq(socialAccounts.credentialsVersion, latest.credentialsVersion)));
    return { ...session, credentials };
  } finally {
    await lock.refund(key, LEASE);
  }
}

/**
 * The account's credentials were refused for good: it is `reauth_required` with the platform's
 * reason, the workspace is told (audit, live, webhooks), and its targets waiting to publish are
 * held, each with its event, until it is reconnected; none is dropped.
 */
export async function requireReconnect(ctx: ServiceContext, account: SocialAccount, reason: string): Promise<void> {
  const now = new Date();
  const statusReason = `Reconnect this account: ${reason}`;
  await commitWithAudit(
    ctx,
    [
      ctx.db
        .update(socialAccounts)
        .set({ status: 'reauth_required', statusReason, updatedAt: now })
        .where(eq(socialAccounts.id, account.id)),
    ],
    {
      workspaceId: account.workspaceId,
      action: 'account.reauth_required',
      targetType: 'account',
      targetId: account.id,
      metadata: { reason },
    },
  );
  const held = await ctx.db
    .update(postTargets)
    .set({ status: 'held', error: statusReason, stateAt: now, updatedAt: now })
    .where(and(eq(postTargets.accountId, account.id), inArray(postTargets.status, ['scheduled', 'queued'])))
    .returning({
      id: postTargets.id,
      workspaceId: postTargets.workspaceId,
      postId: postTargets.postId,
      accountId: postTargets.accountId,
    });
  if (held.length > 0) await recordMoves(ctx, held, 'held', statusReason, now);
  try {
    await emitWorkspaceEvent(ctx, account.workspaceId, 'account.reauth_required', {
      accountId: account.id,
      platform: account.platform,
      handle: account.handle,
      reason,
    });
  } catch (error) {
    logError('publishing.webhook_event_failed', error, { accountId: account.id });
  }
}
