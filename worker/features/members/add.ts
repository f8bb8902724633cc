import { and, eq, isNull } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import type { WorkspaceAccess } from '../../core/http/app-env';
import { Conflict, Forbidden } from '../../core/http/errors';
import { invitations } from '../../db/schema/invitations';
import { memberships } from '../../db/schema/memberships';
import { users } from '../../db/schema/users';
import { randomToken, sha256Hex } from '../../lib/crypto';
import { newId } from '../../lib/ids';
import { atLeast, type Role } from '../../lib/roles';
import { presentInvitation } from '../invitations/manage';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Invites someone by email. Everyone gets an invitation, whether or not the address has an
 * account: nobody joins a workspace without accepting, and the answer (the same either way)
 * does not tell the inviter who has an account. The link, shown once to the inviter, lets a
 * newcomer sign up into the workspace and an existing user accept after signing in.
 */
export async function addMember(
  ctx: ServiceContext,
  access: WorkspaceAccess,
  input: { email: string; role: Role; appOrigin: string; invitedBy: string | null },
) {
  if (input.role === 'owner' && !atLeast(access.role, 'owner')) {
    throw new Forbidden('Only owners can make someone an owner.');
  }
  // Members are listed to everyone in the workspace already: saying so reveals nothing new.
  const [existing] = await ctx.db
    .select({ role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, access.workspaceId), eq(users.email, input.email)));
  if (existing) throw new Conflict(`${input.email} is already a member of this workspace (${existing.role}).`);

  const now = new Date();
  const token = randomToken(32);
  const invitation = {
    id: newId('inv', now.getTime()),
    workspaceId: access.workspaceId,
    email: input.email,
    role: input.role,
    tokenHash: await sha256Hex(token),
    invitedBy: input.invitedBy,
    createdAt: now,
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
  };
  // Inviting the same address again replaces the earlier link.
  const supersede = ctx.db
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.workspaceId, access.workspaceId),
        eq(invitations.email, input.email),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
  await commitWithAudit(ctx, [supersede, ctx.db.insert(invitations).values(invitation)], {
    workspaceId: access.workspaceId,
    action: 'invitation.created',
    targetType: 'invitation',
    targetId: invitation.id,
    metadata: { email: input.email, role: input.role },
  });
  const [inviter] = input.invitedBy
    ? await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, input.invitedBy))
    : [];
  return {
    status: 'invited' as const,
    invitation: {
      ...presentInvitation({ ...invitation, invitedByName: inviter?.name ?? null }),
      acceptUrl: `${input.appOrigin}/invite/${token}`,
    },
  };
}
