import type { RouteCases } from '../../../test/catalogue';
import { uniqueEmail } from '../../../test/factories';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'GET /api/v1/workspaces/{workspaceId}/members': {},
  'POST /api/v1/workspaces/{workspaceId}/members': { body: () => ({ email: uniqueEmail(), role: 'viewer' }) },
  'PATCH /api/v1/workspaces/{workspaceId}/members/{userId}': {
    params: (w) => ({ userId: w.editor.id }),
    body: () => ({ role: 'viewer' }),
  },
  'DELETE /api/v1/workspaces/{workspaceId}/members/{userId}': { params: (_w, caller) => ({ userId: caller.id }) },
};
