import type { RouteCases } from '../../../test/catalogue';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'POST /api/v1/workspaces/{workspaceId}/exports': {},
  'GET /api/v1/workspaces/{workspaceId}/exports/{jobId}': { params: (w) => ({ jobId: w.jobId }) },
};
