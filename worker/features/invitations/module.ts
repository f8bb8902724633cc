import { and, eq, isNull } from 'drizzle-orm';
import { API, type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { invitations as invitationTable } from '../../db/schema/invitations';
import { INVITATION_AUDIT_ACTIONS } from './audit';
import { invitationLinkRoutes, invitationRoutes } from './routes';

/** Invitations to a workspace and the links that accept them. */
export const invitations = {
  name: 'invitations',
  routes: mount(`${WORKSPACE}/invitations`, invitationRoutes).route(`${API}/invitations`, invitationLinkRoutes),
  auditActions: INVITATION_AUDIT_ACTIONS,
  exports: [
    {
      key: 'invitations',
      tables: ['invitations'],
      // Pending ones, without their token hashes; accepted and revoked ones are in the audit log.
      read: (ctx, workspaceId) =>
        ctx.db
          .select({
            id: invitationTable.id,
            email: invitationTable.email,
            role: invitationTable.role,
            expiresAt: invitationTable.expiresAt,
          })
          .from(invitationTable)
          .where(
            and(
              eq(invitationTable.workspaceId, workspaceId),
              isNull(invitationTable.acceptedAt),
              isNull(invitationTable.revokedAt),
            ),
          ),
    },
  ],
} satisfies FeatureModule;
