import type { RouteCases } from '../../../test/catalogue';

/** How to call each of this area's workspace routes in a test world (test/catalogue.ts). */
export const ROUTE_CASES: RouteCases = {
  'GET /api/v1/workspaces/{workspaceId}/brand-voices': {},
  'POST /api/v1/workspaces/{workspaceId}/brand-voices': {
    body: () => ({ name: 'Plain', description: 'Short sentences, no jargon.' }),
  },
  'POST /api/v1/workspaces/{workspaceId}/brand-voices/learn': { body: (w) => ({ contentIds: [w.contentId] }) },
  'GET /api/v1/workspaces/{workspaceId}/brand-voices/{voiceId}': { params: (w) => ({ voiceId: w.brandVoiceId }) },
  'PATCH /api/v1/workspaces/{workspaceId}/brand-voices/{voiceId}': {
    params: (w) => ({ voiceId: w.brandVoiceId }),
    body: () => ({ dos: ['Say it plainly.'] }),
  },
  'DELETE /api/v1/workspaces/{workspaceId}/brand-voices/{voiceId}': { params: (w) => ({ voiceId: w.brandVoiceId }) },
};
