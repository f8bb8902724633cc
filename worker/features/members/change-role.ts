import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import type { WorkspaceAccess } from '../../core/http/app-env';
import { Conflict, Forbidden, ResourceNotFound } from '../../core/http/errors';
import { apiKeys } from '../../db/schema/api-keys';
import { memberships } from '../../db/schema/memberships';
import { chunkForParams } from '../../lib/bound-params';
import { atLeast, lowerOf, type Role } from '../../lib/roles';

/**
 * SQL guard that keeps a workspace from losing its last owner. It runs inside the same
 * statement as the write, so two owners demoting each other at once cannot both succeed.
 */
function notLastOwner(workspaceId: string) {
  return sql`(${memberships.role} <> 'owner' OR (SELECT count(*) FROM ${memberships} WHERE ${memberships.workspaceId} = ${workspaceId} AND ${memberships.role} = 'owner') > 1)`;
}

/** The membership of `userId` in `workspaceId`, unless it is the workspace's last owner. */
export function memberUnlessLastOwner(workspaceId: string, userId: string) {
  return and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId), notLastOwner(workspaceId));
}

export async function findMember(ctx: ServiceContext, workspaceId: string, userId: string) {
  const [member] = await ctx.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  if (!member) throw new ResourceNotFound('The member');
  return member;
}

export async function changeRole(ctx: ServiceContext, access: WorkspaceAccess, userId: string, role: Role) {
  const member = await findMember(ctx, access.workspaceId, userId);
  if ((member.role === 'owner' || role === 'owner') && !atLeast(access.role, 'owner')) {
    throw new Forbidden('Only owners can change who is an owner.');
  }
  if (member.role === role) return { userId, role };
  const changed = await ctx.db
    .update(memberships)
    .set({ role })
    .where(memberUnlessLastOwner(access.workspaceId, userId))
    .run();
  if (changed.meta.changes !== 1) {
    throw new Conflict('A workspace needs at least one owner. Make someone else an owner first.');
  }
  // Keys this member made can do no more than the member now can.
  const keys = await ctx.db
    .select({ id: apiKeys.id, role: apiKeys.role })
    .from(apiKeys)
    .where(and(eq(apiKeys.workspaceId, access.workspaceId), eq(apiKeys.createdBy, userId), isNull(apiKeys.revokedAt)));
  const capped = keys.filter((key) => lowerOf(key.role, role) !== key.role).map((key) => key.id);
  await commitWithAudit(
    ctx,
    // One statement per run of ids: a member may have made more keys than one statement may bind.
    chunkForParams(capped, 1).map((ids) => ctx.db.update(apiKeys).set({ role }).where(inArray(apiKeys.id, ids))),
    {
      workspaceId: access.workspaceId,
      action: 'member.role_changed',
      targetType: 'user',
      targetId: userId,
      metadata: { from: member.role, to: role, apiKeysCapped: capped.length },
    },
  );
  return { userId, role };
}
