import type { RouteCases } from '../../../test/catalogue';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'GET /api/v1/workspaces/{workspaceId}/sources': {},
  'POST /api/v1/workspaces/{workspaceId}/sources': { body: (w) => ({ type: 'feed', url: w.feedUrl }) },
  'GET /api/v1/workspaces/{workspaceId}/sources/{sourceId}': { params: (w) => ({ sourceId: w.sourceId }) },
  'PATCH /api/v1/workspaces/{workspaceId}/sources/{sourceId}': {
    params: (w) => ({ sourceId: w.sourceId }),
    body: () => ({ status: 'paused' }),
  },
  'DELETE /api/v1/workspaces/{workspaceId}/sources/{sourceId}': { params: (w) => ({ sourceId: w.sourceId }) },
  'POST /api/v1/workspaces/{workspaceId}/sources/{sourceId}/run': { params: (w) => ({ sourceId: w.sourceId }) },
};
