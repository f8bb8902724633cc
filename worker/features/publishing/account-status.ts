import { eq } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { Conflict } from '../../core/http/errors';
import { apiKeys } from '../../db/schema/api-keys';
import { type SocialAccount, socialAccounts } from '../../db/schema/social-accounts';
import { users } from '../../db/schema/users';
import { logError } from '../../lib/log';
import { emitWorkspaceEvent } from '../webhooks/emit';
import { findAccount } from './accounts';
import { holdAccountTargets, releaseAccountTargets } from './refresh';

/** Who is acting, as people know them: a person's name, or an API key's. */
async function actorName(ctx: ServiceContext): Promise<string> {
  const { type, id } = ctx.actor;
  if (type === 'user' && id) {
    const [user] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, id));
    if (user) return user.name;
  }
  if (type === 'api_key' && id) {
    const [key] = await ctx.db.select({ name: apiKeys.name }).from(apiKeys).where(eq(apiKeys.id, id));
    if (key) return `the API key “${key.name}”`;
  }
  return 'someone';
}

/**
 * Pauses (`disabled`) or resumes (`active`) an account. Pausing holds its targets waiting to
 * publish with "Paused by <name>" (a queued one's message finds it held); resuming schedules
 * them again at their own time, so those whose time passed go out at the next minute. The
 * account changes first: a target claimed in between is held by the publisher, which checks
 * the account before every send. An account that needs reconnecting is resumed by
 * reconnecting it, not here. Asking for the state it is in changes nothing.
 */
export async function setAccountStatus(
  ctx: ServiceContext,
  workspaceId: string,
  accountId: string,
  status: 'disabled' | 'active',
): Promise<SocialAccount> {
  const account = await findAccount(ctx, workspaceId, accountId);
  if (account.status === status) return account;
  if (status === 'active' && account.status === 'reauth_required') {
    throw new Conflict('This account needs reconnecting: connect it again to make it active.');
  }
  const now = new Date();
  const statusReason = status === 'disabled' ? `Paused by ${await actorName(ctx)}` : null;
  const action = status === 'disabled' ? 'account.paused' : 'account.resumed';
  await commitWithAudit(
    ctx,
    [
      ctx.db
        .update(socialAccounts)
        .set({ status, statusReason, updatedAt: now })
        .where(eq(socialAccounts.id, account.id)),
    ],
    {
      workspaceId,
      action,
      targetType: 'account',
      targetId: account.id,
      metadata: { platform: account.platform, handle: account.handle },
    },
  );
  const moved =
    status === 'disabled'
      ? await holdAccountTargets(ctx, account.id, statusReason ?? '', now)
      : await releaseAccountTargets(ctx, account.id, now);
  try {
    await emitWorkspaceEvent(ctx, workspaceId, action, {
      accountId: account.id,
      platform: account.platform,
      handle: account.handle,
      reason: statusReason,
      targets: moved,
    });
  } catch (error) {
    logError('publishing.webhook_event_failed', error, { accountId: account.id });
  }
  return { ...account, status, statusReason, updatedAt: now };
}
