import type { RouteCases } from '../../../test/catalogue';
import { fixtureHookUrl } from '../../../test/seed-publishing';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'GET /api/v1/workspaces/{workspaceId}/accounts': {},
  'POST /api/v1/workspaces/{workspaceId}/accounts': {
    body: () => ({ platform: 'webhook', url: fixtureHookUrl(), name: 'Catalogue hook' }),
  },
  // Without ?instance= every allowed caller gets a 400: the flow itself is tested beside it.
  'GET /api/v1/workspaces/{workspaceId}/accounts/connect/mastodon': {},
  'GET /api/v1/workspaces/{workspaceId}/accounts/{accountId}': { params: (w) => ({ accountId: w.accountId }) },
  'PATCH /api/v1/workspaces/{workspaceId}/accounts/{accountId}': {
    params: (w) => ({ accountId: w.accountId }),
    body: () => ({ status: 'disabled' }),
  },
  'DELETE /api/v1/workspaces/{workspaceId}/accounts/{accountId}': { params: (w) => ({ accountId: w.accountId }) },
  'GET /api/v1/workspaces/{workspaceId}/accounts/{accountId}/slots': { params: (w) => ({ accountId: w.accountId }) },
  'PUT /api/v1/workspaces/{workspaceId}/accounts/{accountId}/slots': {
    params: (w) => ({ accountId: w.accountId }),
    body: () => ({ timeZone: 'Europe/Berlin', slots: [{ weekday: 1, time: '09:00' }] }),
  },
  'GET /api/v1/workspaces/{workspaceId}/accounts/{accountId}/queue': { params: (w) => ({ accountId: w.accountId }) },
  'GET /api/v1/workspaces/{workspaceId}/posts': {},
  'POST /api/v1/workspaces/{workspaceId}/posts': {
    body: (w) => ({ body: 'From the catalogue', mediaIds: [], targets: [{ accountId: w.accountId }] }),
  },
  'GET /api/v1/workspaces/{workspaceId}/posts/{postId}': { params: (w) => ({ postId: w.postId }) },
  'PATCH /api/v1/workspaces/{workspaceId}/posts/{postId}': {
    params: (w) => ({ postId: w.postId }),
    body: () => ({ body: 'Edited in the catalogue', mediaIds: [] }),
  },
  'DELETE /api/v1/workspaces/{workspaceId}/posts/{postId}': { params: (w) => ({ postId: w.postId }) },
  'POST /api/v1/workspaces/{workspaceId}/posts/{postId}/duplicate': { params: (w) => ({ postId: w.postId }) },
  // Sent as JSON by the suites, so allowed callers get a 415; the CSV itself is tested beside it.
  'POST /api/v1/workspaces/{workspaceId}/posts/import': { body: () => 'body,accounts\nFrom the catalogue,x' },
  'POST /api/v1/workspaces/{workspaceId}/posts/{postId}/retry': { params: (w) => ({ postId: w.postId }) },
  'GET /api/v1/workspaces/{workspaceId}/posts/{postId}/metrics': { params: (w) => ({ postId: w.postId }) },
  'GET /api/v1/workspaces/{workspaceId}/accounts/{accountId}/metrics': { params: (w) => ({ accountId: w.accountId }) },
  'GET /api/v1/workspaces/{workspaceId}/targets': {},
};
