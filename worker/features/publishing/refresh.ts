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
import { withLease } from './lease';

const MOVED_COLUMNS = {
  id: postTargets.id,
  workspaceId: postTargets.workspaceId,
  postId: postTargets.postId,
  accountId: postTargets.accountId,
};

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
  const { refresh } = publisher;
  if (!refresh) return null;
  // One refresh of an account's session at a time, everywhere: a rotating refresh token used
  // twice would sign the account out, and two refreshes writing at once could keep the older tokens.
  return withLease(
    ctx,
    `refresh:${account.id}`,
    () => new Error(`The session of account ${account.id} is being refreshed elsewhere.`),
    async () => {
      const latest = await reread(ctx, account.id);
      if (!latest || latest.status !== 'active') return null;
      // Someone refreshed while this consumer waited for the lease: theirs is the session.
      if (latest.credentialsVersion !== account.credentialsVersion) return openSession(ctx.env, latest);
      const session = await openSession(ctx.env, latest);
      let credentials: Awaited<ReturnType<typeof refresh>>;
      try {
        credentials = await refresh.call(publisher, ctx.env, session);
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
    },
  );
}

/**
 * Holds the account's targets waiting to publish (`scheduled`, `queued`: a queued one's message
 * finds it held and leaves it) with `reason`, each with its event, audit entry and webhook.
 * They keep their time; `releaseAccountTargets` schedules them again. Answers how many.
 */
export async function holdAccountTargets(
  ctx: ServiceContext,
  accountId: string,
  reason: string,
  now: Date,
): Promise<number> {
  const held = await ctx.db
    .update(postTargets)
    .set({ status: 'held', error: reason, stateAt: now, updatedAt: now })
    .where(and(eq(postTargets.accountId, accountId), inArray(postTargets.status, ['scheduled', 'queued'])))
    .returning(MOVED_COLUMNS);
  if (held.length > 0) await recordMoves(ctx, held, 'held', reason, now);
  return held.length;
}

/**
 * Schedules the account's held targets again at their own time: those whose time has passed
 * are claimed by the next minute's cron, the others wait for theirs. Answers how many.
 */
export async function releaseAccountTargets(ctx: ServiceContext, accountId: string, now: Date): Promise<number> {
  const released = await ctx.db
    .update(postTargets)
    .set({ status: 'scheduled', error: null, attempts: 0, stateAt: now, updatedAt: now })
    .where(and(eq(postTargets.accountId, accountId), eq(postTargets.status, 'held')))
    .returning(MOVED_COLUMNS);
  if (released.length > 0) await recordMoves(ctx, released, 'scheduled', 'The account is active again.', now);
  return released.length;
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
  await holdAccountTargets(ctx, account.id, statusReason, now);
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
