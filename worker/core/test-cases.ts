import type { RouteCases } from '../../test/catalogue';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'GET /api/v1/workspaces/{workspaceId}/audit': {},
  'GET /api/v1/workspaces/{workspaceId}/jobs': {},
  'GET /api/v1/workspaces/{workspaceId}/jobs/{jobId}': { params: (w) => ({ jobId: w.jobId }) },
  'POST /api/v1/workspaces/{workspaceId}/jobs/{jobId}/retry': { params: (w) => ({ jobId: w.jobId }) },
  'POST /api/v1/workspaces/{workspaceId}/live/tickets': {},
  'GET /api/v1/workspaces/{workspaceId}/live': { auth: 'ticket' },
};
