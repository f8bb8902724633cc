import { describe, expect, it } from 'vitest';
import { apiKeyFor, call, expectProblem, json, memberOf, signUp, uniqueEmail } from '../../../test/factories';

interface Entry {
  action: string;
  actor: { type: string; id: string | null; name: string | null };
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  metadata: Record<string, unknown>;
}
const audit = (wid: string, query = '') => `/api/v1/workspaces/${wid}/audit${query}`;

describe('audit log', () => {
  it('records each change with actor, target and the request id of the change', async () => {
    const owner = await signUp();
    const email = uniqueEmail();
    const invite = await call(`/api/v1/workspaces/${owner.workspaceId}/members`, {
      token: owner.token,
      body: { email, role: 'editor' },
    });
    const requestId = invite.headers.get('X-Request-Id');
    const key = await apiKeyFor(owner, 'editor', 'Zapier');

    const page = await json<{ items: Entry[] }>(await call(audit(owner.workspaceId), { token: owner.token }));
    expect(page.items.map((e) => e.action)).toEqual([
      'api_key.created',
      'invitation.created',
      'user.signed_up',
      'workspace.created',
    ]);
    const invited = page.items.find((e) => e.action === 'invitation.created');
    expect(invited).toMatchObject({
      actor: { type: 'user', id: owner.id, name: 'Test User' },
      targetType: 'invitation',
      requestId,
      metadata: { email, role: 'editor' },
    });
    expect(page.items[0]).toMatchObject({
      targetType: 'api_key',
      targetId: key.id,
      metadata: { name: 'Zapier', role: 'editor' },
    });
  });

  it('names API keys as actors', async () => {
    const owner = await signUp();
    const key = await apiKeyFor(owner, 'admin', 'Deploy bot');
    await call(`/api/v1/workspaces/${owner.workspaceId}/invitations`, { token: key.key });
    const renamed = await call(`/api/v1/workspaces/${owner.workspaceId}`, {
      method: 'PATCH',
      token: key.key,
      body: { name: 'Renamed by a bot' },
    });
    expect(renamed.status).toBe(200);
    const page = await json<{ items: Entry[] }>(
      await call(audit(owner.workspaceId, '?action=workspace.renamed'), { token: owner.token }),
    );
    expect(page.items).toHaveLength(1);
    expect(page.items[0]?.actor).toEqual({ type: 'api_key', id: key.id, name: 'Deploy bot' });
  });

  it('pages newest first without gaps or repeats', async () => {
    const owner = await signUp();
    for (let i = 0; i < 5; i++) await apiKeyFor(owner, 'viewer', `k${i}`);
    const first = await json<{ items: Entry[]; nextCursor: string }>(
      await call(audit(owner.workspaceId, '?limit=3'), { token: owner.token }),
    );
    const second = await json<{ items: Entry[]; nextCursor: string | null }>(
      await call(audit(owner.workspaceId, `?limit=3&cursor=${first.nextCursor}`), { token: owner.token }),
    );
    const third = await json<{ items: Entry[]; nextCursor: string | null }>(
      await call(audit(owner.workspaceId, `?limit=3&cursor=${second.nextCursor}`), { token: owner.token }),
    );
    const names = [...first.items, ...second.items, ...third.items].map((e) => (e.metadata.name as string) ?? e.action);
    expect(names).toEqual(['k4', 'k3', 'k2', 'k1', 'k0', 'user.signed_up', 'workspace.created']);
    expect(third.nextCursor).toBeNull();
  });

  it('is for admins only', async () => {
    const owner = await signUp();
    const editor = await memberOf(owner, 'editor');
    await expectProblem(await call(audit(owner.workspaceId), { token: editor.token }), 403);
  });

  it('filters by known actions only', async () => {
    const owner = await signUp();
    const problem = await expectProblem(
      await call(audit(owner.workspaceId, '?action=made.up'), { token: owner.token }),
      400,
    );
    expect(problem.errors?.[0]?.path).toBe('query.action');
  });

  it('rejects a forged cursor with a 400', async () => {
    const owner = await signUp();
    const problem = await expectProblem(
      await call(audit(owner.workspaceId, '?cursor=garbage'), { token: owner.token }),
      400,
    );
    expect(problem.errors?.[0]?.path).toBe('query.cursor');
  });
});
