import { and, eq, gt, isNull } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { Conflict, Forbidden, ResourceNotFound } from '../../core/http/errors';
import { type Invitation, invitations } from '../../db/schema/invitations';
import { memberships } from '../../db/schema/memberships';
import { workspaces } from '../../db/schema/workspaces';
import { sha256Hex } from '../../lib/crypto';

/** The pending, unexpired invitation behind a link token; with `email`, it must be addressed to it. */
export async function findOpenInvitation(ctx: ServiceContext, token: string, email?: string): Promise<Invitation> {
  const [invitation] = await ctx.db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.tokenHash, await sha256Hex(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .limit(1);
  if (!invitation)
    throw new ResourceNotFound('The invitation (it may have expired, been revoked or already been used)');
  if (email !== undefined && invitation.email !== email) {
    throw new Forbidden(`This invitation was sent to ${invitation.email}. Sign in or sign up with that address.`);
  }
  return invitation;
}

export function acceptStatements(
  ctx: ServiceContext,
  invitation: Invitation,
  userId: string,
  now: Date,
): BatchItem<'sqlite'>[] {
  return [
    ctx.db
      .insert(memberships)
      .values({ workspaceId: invitation.workspaceId, userId, role: invitation.role, createdAt: now })
      .onConflictDoNothing(),
    ctx.db.update(invitations).set({ acceptedAt: now }).where(eq(invitations.id, invitation.id)),
  ];
}

/** What the invitation page shows before the invitee signs in. */
export async function previewInvitation(ctx: ServiceContext, token: string) {
  const invitation = await findOpenInvitation(ctx, token);
  const [workspace] = await ctx.db
    .select({ name: workspaces.name })
    .from(workspaces)
    .where(eq(workspaces.id, invitation.workspaceId));
  return {
    workspaceName: workspace?.name ?? '',
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

/** A signed-in user accepts an invitation sent to their address. */
export async function acceptInvitation(ctx: ServiceContext, token: string, user: { id: string; email: string }) {
  const invitation = await findOpenInvitation(ctx, token, user.email);
  const [existing] = await ctx.db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, invitation.workspaceId), eq(memberships.userId, user.id)));
  if (existing) throw new Conflict('You are already a member of this workspace.');
  await commitWithAudit(ctx, acceptStatements(ctx, invitation, user.id, new Date()), {
    workspaceId: invitation.workspaceId,
    action: 'invitation.accepted',
    targetType: 'user',
    targetId: user.id,
    metadata: { role: invitation.role, invitationId: invitation.id },
  });
  return { workspaceId: invitation.workspaceId, role: invitation.role };
}
