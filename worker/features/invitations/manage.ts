import { and, desc, eq, gt, isNull, lt } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { ResourceNotFound } from '../../core/http/errors';
import { decodeCursor, toPage } from '../../core/http/pagination';
import { invitations } from '../../db/schema/invitations';
import { users } from '../../db/schema/users';
import type { Role } from '../../lib/roles';

/** Pending invitations of a workspace, newest first. */
export async function listInvitations(ctx: ServiceContext, workspaceId: string, limit: number, cursor?: string) {
  const after = decodeCursor(cursor, 1);
  const rows = await ctx.db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      invitedByName: users.name,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
        after ? lt(invitations.id, String(after[0])) : undefined,
      ),
    )
    .orderBy(desc(invitations.id))
    .limit(limit + 1);
  return toPage(rows, limit, (row) => [row.id], presentInvitation);
}

export function presentInvitation(row: {
  id: string;
  email: string;
  role: Role;
  createdAt: Date;
  expiresAt: Date;
  invitedByName?: string | null;
}) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    invitedByName: row.invitedByName ?? null,
  };
}

export async function revokeInvitation(ctx: ServiceContext, workspaceId: string, invitationId: string) {
  const pending = and(
    eq(invitations.id, invitationId),
    eq(invitations.workspaceId, workspaceId),
    isNull(invitations.acceptedAt),
    isNull(invitations.revokedAt),
  );
  const [invitation] = await ctx.db.select({ email: invitations.email }).from(invitations).where(pending);
  if (!invitation) throw new ResourceNotFound('The invitation');
  await commitWithAudit(ctx, [ctx.db.update(invitations).set({ revokedAt: new Date() }).where(pending)], {
    workspaceId,
    action: 'invitation.revoked',
    targetType: 'invitation',
    targetId: invitationId,
    metadata: { email: invitation.email },
  });
}
