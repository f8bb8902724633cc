import type { TestUser } from './factories';
import { uniqueEmail } from './factories';
import type { World } from './world';

/**
 * One line per workspace route: how to fill in its path and body in a test world. The
 * isolation, role and bad-input suites run every route listed here, and fail when the
 * OpenAPI document has a workspace route this catalogue lacks — so a new route is covered
 * by adding its line.
 */
export interface RouteCase {
  /** Path parameters other than workspaceId, given the world and the caller. */
  params?: (world: World, caller: TestUser) => Record<string, string>;
  body?: (world: World) => unknown;
  /** Not authenticated by bearer token (checked by its own suite instead). */
  auth?: 'ticket';
}

export const WORKSPACE_ROUTES: Record<string, RouteCase> = {
  'GET /api/v1/workspaces/{workspaceId}': {},
  'PATCH /api/v1/workspaces/{workspaceId}': { body: () => ({ name: 'Renamed' }) },
  'DELETE /api/v1/workspaces/{workspaceId}': {},
  'GET /api/v1/workspaces/{workspaceId}/members': {},
  'POST /api/v1/workspaces/{workspaceId}/members': { body: () => ({ email: uniqueEmail(), role: 'viewer' }) },
  'PATCH /api/v1/workspaces/{workspaceId}/members/{userId}': {
    params: (w) => ({ userId: w.editor.id }),
    body: () => ({ role: 'viewer' }),
  },
  'DELETE /api/v1/workspaces/{workspaceId}/members/{userId}': { params: (_w, caller) => ({ userId: caller.id }) },
  'GET /api/v1/workspaces/{workspaceId}/invitations': {},
  'DELETE /api/v1/workspaces/{workspaceId}/invitations/{invitationId}': {
    params: (w) => ({ invitationId: w.invitationId }),
  },
  'GET /api/v1/workspaces/{workspaceId}/api-keys': {},
  'POST /api/v1/workspaces/{workspaceId}/api-keys': { body: () => ({ name: 'k', role: 'viewer' }) },
  'DELETE /api/v1/workspaces/{workspaceId}/api-keys/{keyId}': { params: (w) => ({ keyId: w.apiKeyId }) },
  'GET /api/v1/workspaces/{workspaceId}/audit': {},
  'GET /api/v1/workspaces/{workspaceId}/jobs': {},
  'GET /api/v1/workspaces/{workspaceId}/jobs/{jobId}': { params: (w) => ({ jobId: w.jobId }) },
  'POST /api/v1/workspaces/{workspaceId}/jobs/{jobId}/retry': { params: (w) => ({ jobId: w.jobId }) },
  'POST /api/v1/workspaces/{workspaceId}/exports': {},
  'GET /api/v1/workspaces/{workspaceId}/exports/{jobId}': { params: (w) => ({ jobId: w.jobId }) },
  'POST /api/v1/workspaces/{workspaceId}/live/tickets': {},
  'GET /api/v1/workspaces/{workspaceId}/live': { auth: 'ticket' },
  'GET /api/v1/workspaces/{workspaceId}/sources': {},
  'POST /api/v1/workspaces/{workspaceId}/sources': { body: (w) => ({ type: 'feed', url: w.feedUrl }) },
  'GET /api/v1/workspaces/{workspaceId}/sources/{sourceId}': { params: (w) => ({ sourceId: w.sourceId }) },
  'PATCH /api/v1/workspaces/{workspaceId}/sources/{sourceId}': {
    params: (w) => ({ sourceId: w.sourceId }),
    body: () => ({ status: 'paused' }),
  },
  'DELETE /api/v1/workspaces/{workspaceId}/sources/{sourceId}': { params: (w) => ({ sourceId: w.sourceId }) },
  'POST /api/v1/workspaces/{workspaceId}/sources/{sourceId}/run': { params: (w) => ({ sourceId: w.sourceId }) },
  'GET /api/v1/workspaces/{workspaceId}/content': {},
  'GET /api/v1/workspaces/{workspaceId}/content/{contentId}': { params: (w) => ({ contentId: w.contentId }) },
  'GET /api/v1/workspaces/{workspaceId}/content/insights': {},
  'POST /api/v1/workspaces/{workspaceId}/content/{contentId}/analyze': { params: (w) => ({ contentId: w.contentId }) },
  'GET /api/v1/workspaces/{workspaceId}/ai/settings': {},
  'PUT /api/v1/workspaces/{workspaceId}/ai/settings': {
    body: () => ({ providers: [{ kind: 'openai', apiKey: 'sk-test-key-0001' }], monthlyTokenBudget: 100_000 }),
  },
  'POST /api/v1/workspaces/{workspaceId}/ai/settings/test': {},
  'GET /api/v1/workspaces/{workspaceId}/ai/usage': {},
  'POST /api/v1/workspaces/{workspaceId}/ai/generate': {
    body: () => ({ kind: 'ideas', platform: 'linkedin', topic: 'remote team onboarding checklists' }),
  },
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

/** Fills `{name}` placeholders of an OpenAPI path. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return value;
  });
}

export function splitKey(key: string): { method: string; path: string } {
  const [method = '', path = ''] = key.split(' ');
  return { method, path };
}
