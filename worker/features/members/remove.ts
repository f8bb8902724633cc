import { and, eq, isNull } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import type { WorkspaceAccess } from '../../core/http/app-env';
import { Conflict, Forbidden } from '../../core/http/errors';
import { apiKeys } from '../../db/schema/api-keys';
import { memberships } from '../../db/schema/memberships';
import { logError } from '../../lib/log';
import { atLeast } from '../../lib/roles';
import { findMember, memberUnlessLastOwner } from './change-role';

/**
 * Removes a member, or lets a member leave (`userId` is the caller). Their API keys for the
 * workspace are revoked with them, and their open live connections are closed.
 */
export async function removeMember(
  ctx: ServiceContext,
  access: WorkspaceAccess,
  callerUserId: string | null,
  userId: string,
) {
  const leaving = callerUserId === userId;
  const member = await findMember(ctx, access.workspaceId, userId);
  if (!leaving && !atLeast(access.role, 'admin')) throw new Forbidden('Only admins can remove other members.');
  if (!leaving && member.role === 'owner' && !atLeast(access.role, 'owner')) {
    throw new Forbidden('Only owners can remove an owner.');
  }
  const removed = await ctx.db.delete(memberships).where(memberUnlessLastOwner(access.workspaceId, userId)).run();
  if (removed.meta.changes !== 1) {
    throw new Conflict(
      leaving
        ? 'You are the last owner. Make someone else an owner, or delete the workspace, before you leave.'
        : 'A workspace needs at least one owner.',
    );
  }
  const revokeKeys = ctx.db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.workspaceId, access.workspaceId), eq(apiKeys.createdBy, userId), isNull(apiKeys.revokedAt)));
  await commitWithAudit(ctx, [revokeKeys], {
    workspaceId: access.workspaceId,
    action: leaving ? 'member.left' : 'member.removed',
    targetType: 'user',
    targetId: userId,
    metadata: { role: member.role },
  });
  ctx.waitUntil(
    ctx.env.LIVE.get(ctx.env.LIVE.idFromName(access.workspaceId))
      .disconnect(userId)
      .catch((error: unknown) =>
        logError('live.disconnect_failed', error, { workspaceId: access.workspaceId, userId }),
      ),
  );
}
