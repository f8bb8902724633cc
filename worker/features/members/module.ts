import { eq } from 'drizzle-orm';
import { type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { memberships } from '../../db/schema/memberships';
import { users } from '../../db/schema/users';
import { MEMBER_AUDIT_ACTIONS } from './audit';
import { memberRoutes } from './routes';

/** Who belongs to a workspace, with which role. */
export const members = {
  name: 'members',
  routes: mount(`${WORKSPACE}/members`, memberRoutes),
  auditActions: MEMBER_AUDIT_ACTIONS,
  exports: [
    {
      key: 'members',
      tables: ['memberships'],
      // People by name and email; their passwords and sessions are theirs, not the workspace's.
      read: (ctx, workspaceId) =>
        ctx.db
          .select({
            userId: users.id,
            email: users.email,
            name: users.name,
            role: memberships.role,
            joinedAt: memberships.createdAt,
          })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(eq(memberships.workspaceId, workspaceId)),
    },
  ],
} satisfies FeatureModule;
