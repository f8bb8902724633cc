import { eq } from 'drizzle-orm';
import { API, type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { workspaces as workspaceTable } from '../../db/schema/workspaces';
import { WORKSPACE_AUDIT_ACTIONS } from './audit';
import { workspaceListRoutes, workspaceRoutes } from './routes';

/** Workspaces: create, list, rename, delete. */
export const workspaces = {
  name: 'workspaces',
  routes: mount(`${API}/workspaces`, workspaceListRoutes).route(WORKSPACE, workspaceRoutes),
  auditActions: WORKSPACE_AUDIT_ACTIONS,
  exports: [
    {
      key: 'workspace',
      tables: ['workspaces'],
      read: async (ctx, workspaceId) =>
        (await ctx.db.select().from(workspaceTable).where(eq(workspaceTable.id, workspaceId)))[0] ?? null,
    },
  ],
} satisfies FeatureModule;
