import { and, eq, inArray } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { Conflict } from '../../core/http/errors';
import { newestFirst } from '../../core/newest-first';
import { postTargets } from '../../db/schema/post-targets';
import { socialAccounts } from '../../db/schema/social-accounts';
import { findAccount, presentAccount } from './accounts';

export function listAccounts(
  ctx: ServiceContext,
  workspaceId: string,
  filter: { limit: number; cursor?: string | undefined },
) {
  return newestFirst(ctx, socialAccounts, workspaceId, filter, presentAccount);
}

/**
 * Disconnects an account, with the history of what was published through it. Refused while
 * any of its posts waits to publish or is publishing: those would otherwise be dropped unseen.
 */
export async function removeAccount(ctx: ServiceContext, workspaceId: string, id: string): Promise<void> {
  const account = await findAccount(ctx, workspaceId, id);
  const [pending] = await ctx.db
    .select({ id: postTargets.id })
    .from(postTargets)
    .where(
      and(
        eq(postTargets.accountId, account.id),
        inArray(postTargets.status, ['scheduled', 'queued', 'publishing', 'unconfirmed', 'held']),
      ),
    )
    .limit(1);
  if (pending) {
    throw new Conflict('Posts are waiting to publish to this account. Unschedule or delete them first.');
  }
  await commitWithAudit(ctx, [ctx.db.delete(socialAccounts).where(eq(socialAccounts.id, account.id))], {
    workspaceId,
    action: 'account.removed',
    targetType: 'account',
    targetId: account.id,
    metadata: { platform: account.platform, handle: account.handle },
  });
}
