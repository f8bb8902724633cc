import type { RouteCases } from '../../../test/catalogue';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'GET /api/v1/workspaces/{workspaceId}/content': {},
  'GET /api/v1/workspaces/{workspaceId}/content/{contentId}': { params: (w) => ({ contentId: w.contentId }) },
  'GET /api/v1/workspaces/{workspaceId}/content/insights': {},
  'POST /api/v1/workspaces/{workspaceId}/content/{contentId}/analyze': { params: (w) => ({ contentId: w.contentId }) },
};
