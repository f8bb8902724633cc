import type { RouteCases } from '../../../test/catalogue';
import { fixtureHookUrl } from '../../../test/seed-publishing';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'GET /api/v1/workspaces/{workspaceId}/webhooks': {},
  'POST /api/v1/workspaces/{workspaceId}/webhooks': {
    body: () => ({ url: fixtureHookUrl(), events: ['post.target_published', 'job.failed'] }),
  },
  'GET /api/v1/workspaces/{workspaceId}/webhooks/{webhookId}': { params: (w) => ({ webhookId: w.webhookId }) },
  'PATCH /api/v1/workspaces/{workspaceId}/webhooks/{webhookId}': {
    params: (w) => ({ webhookId: w.webhookId }),
    body: () => ({ description: 'Edited in the catalogue', events: ['*'] }),
  },
  'DELETE /api/v1/workspaces/{workspaceId}/webhooks/{webhookId}': { params: (w) => ({ webhookId: w.webhookId }) },
  'GET /api/v1/workspaces/{workspaceId}/webhooks/{webhookId}/deliveries': {
    params: (w) => ({ webhookId: w.webhookId }),
  },
  'POST /api/v1/workspaces/{workspaceId}/webhooks/{webhookId}/test': { params: (w) => ({ webhookId: w.webhookId }) },
};
