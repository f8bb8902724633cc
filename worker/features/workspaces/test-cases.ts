import type { RouteCases } from '../../../test/catalogue';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'GET /api/v1/workspaces/{workspaceId}': {},
  'PATCH /api/v1/workspaces/{workspaceId}': { body: () => ({ name: 'Renamed', requireAltText: true }) },
  'DELETE /api/v1/workspaces/{workspaceId}': {},
};
