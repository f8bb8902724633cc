import type { RouteCases } from '../../../test/catalogue';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'GET /api/v1/workspaces/{workspaceId}/api-keys': {},
  'POST /api/v1/workspaces/{workspaceId}/api-keys': { body: () => ({ name: 'k', role: 'viewer' }) },
  'DELETE /api/v1/workspaces/{workspaceId}/api-keys/{keyId}': { params: (w) => ({ keyId: w.apiKeyId }) },
};
