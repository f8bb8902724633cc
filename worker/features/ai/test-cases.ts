import type { RouteCases } from '../../../test/catalogue';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'GET /api/v1/workspaces/{workspaceId}/ai/settings': {},
  'PUT /api/v1/workspaces/{workspaceId}/ai/settings': {
    body: () => ({ providers: [{ kind: 'openai', apiKey: 'sk-test-key-0001' }], monthlyTokenBudget: 100_000 }),
  },
  'POST /api/v1/workspaces/{workspaceId}/ai/settings/test': {},
  'GET /api/v1/workspaces/{workspaceId}/ai/usage': {},
  'POST /api/v1/workspaces/{workspaceId}/ai/generate': {
    body: () => ({ kind: 'ideas', platform: 'linkedin', topic: 'remote team onboarding checklists' }),
  },
};
