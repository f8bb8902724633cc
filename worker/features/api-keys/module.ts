import { eq } from 'drizzle-orm';
import { type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { apiKeys as apiKeyTable } from '../../db/schema/api-keys';
import { API_KEY_AUDIT_ACTIONS } from './audit';
import { apiKeyRoutes } from './routes';

/** API keys of a workspace: made and revoked by people, used by scripts. */
export const apiKeys = {
  name: 'api-keys',
  routes: mount(`${WORKSPACE}/api-keys`, apiKeyRoutes),
  auditActions: API_KEY_AUDIT_ACTIONS,
  exports: [
    {
      key: 'apiKeys',
      tables: ['api_keys'],
      // Which keys exist, never their hashes.
      read: (ctx, workspaceId) =>
        ctx.db
          .select({
            id: apiKeyTable.id,
            name: apiKeyTable.name,
            role: apiKeyTable.role,
            prefix: apiKeyTable.prefix,
            createdAt: apiKeyTable.createdAt,
            lastUsedAt: apiKeyTable.lastUsedAt,
            revokedAt: apiKeyTable.revokedAt,
          })
          .from(apiKeyTable)
          .where(eq(apiKeyTable.workspaceId, workspaceId)),
    },
  ],
} satisfies FeatureModule;
