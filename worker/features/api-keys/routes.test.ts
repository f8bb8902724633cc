import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { apiKeyFor, call, expectProblem, json, memberOf, signUp, uniqueEmail } from '../../../test/factories';

const keys = (wid: string) => `/api/v1/workspaces/${wid}/api-keys`;

describe('API keys', () => {
  it('shows a cn_ key once and stores only its hash', async () => {
    const owner = await signUp();
    const res = await call(keys(owner.workspaceId), { token: owner.token, body: { name: 'CI', role: 'editor' } });
    expect(res.status).toBe(201);
    const created = await json<{ id: string; key: string; prefix: string; role: string }>(res);
    expect(created.key).toMatch(/^cn_[A-Za-z0-9]{40}$/);
    expect(created.prefix).toBe(created.key.slice(0, 10));
    expect(created.role).toBe('editor');

    const listed = await call(keys(owner.workspaceId), { token: owner.token });
    const text = await listed.text();
    expect(text).not.toContain(created.key);
    expect(JSON.parse(text).items).toEqual([
      expect.objectContaining({ id: created.id, name: 'CI', prefix: created.prefix, lastUsedAt: null }),
    ]);
    const row = await env.DB.prepare('SELECT key_hash FROM api_keys WHERE id = ?')
      .bind(created.id)
      .first<{ key_hash: string }>();
    expect(row?.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.key_hash).not.toContain(created.key.slice(3));
  });

  it('works as a bearer token for its workspace, with its own role, and records last use', async () => {
    const owner = await signUp();
    const key = await apiKeyFor(owner, 'viewer');
    const res = await call(`/api/v1/workspaces/${owner.workspaceId}/members`, { token: key.key });
    expect(res.status).toBe(200);
    // viewer: may read members, may not manage keys
    await expectProblem(await call(keys(owner.workspaceId), { token: key.key }), 403);
    const me = await json<{ workspaces: { id: string; role: string }[]; apiKey: { id: string } }>(
      await call('/api/v1/me', { token: key.key }),
    );
    expect(me.workspaces).toEqual([{ id: owner.workspaceId, name: 'Test Workspace', role: 'viewer' }]);
    expect(me.apiKey.id).toBe(key.id);
    await expect
      .poll(
        async () =>
          (
            await env.DB.prepare('SELECT last_used_at FROM api_keys WHERE id = ?')
              .bind(key.id)
              .first<{ last_used_at: number | null }>()
          )?.last_used_at,
      )
      .toBeGreaterThan(0);
  });

  it('is scoped to one workspace: another workspace answers 404', async () => {
    const owner = await signUp();
    const other = await signUp();
    const key = await apiKeyFor(owner, 'admin');
    await expectProblem(await call(`/api/v1/workspaces/${other.workspaceId}/members`, { token: key.key }), 404);
  });

  it('cannot carry more rights than its creator', async () => {
    const owner = await signUp();
    const admin = await memberOf(owner, 'admin');
    await expectProblem(
      await call(keys(owner.workspaceId), { token: admin.token, body: { name: 'x', role: 'owner' } }),
      403,
    );
    expect(
      (await call(keys(owner.workspaceId), { token: admin.token, body: { name: 'x', role: 'admin' } })).status,
    ).toBe(201);
  });

  it('stops working when revoked', async () => {
    const owner = await signUp();
    const key = await apiKeyFor(owner, 'admin');
    expect((await call(`${keys(owner.workspaceId)}/${key.id}`, { method: 'DELETE', token: owner.token })).status).toBe(
      204,
    );
    const problem = await expectProblem(
      await call(`/api/v1/workspaces/${owner.workspaceId}/members`, { token: key.key }),
      401,
    );
    expect(problem.detail).toMatch(/revoked/);
    await expectProblem(
      await call(`${keys(owner.workspaceId)}/${key.id}`, { method: 'DELETE', token: owner.token }),
      404,
    );
  });

  it('cannot manage keys, members or invitations, only read them: those are for signed-in people', async () => {
    const owner = await signUp();
    const editor = await memberOf(owner, 'editor');
    const key = await apiKeyFor(owner, 'owner');
    const other = await apiKeyFor(owner, 'viewer');
    const wid = owner.workspaceId;
    const invite = await json<{ invitation: { id: string } }>(
      await call(`/api/v1/workspaces/${wid}/members`, {
        token: owner.token,
        body: { email: uniqueEmail(), role: 'viewer' },
      }),
    );
    const counts = () =>
      env.DB.prepare(
        `SELECT (SELECT count(*) FROM api_keys WHERE revoked_at IS NULL) AS keys,
                (SELECT count(*) FROM memberships WHERE workspace_id = ?1) AS members,
                (SELECT group_concat(role) FROM memberships WHERE workspace_id = ?1) AS roles,
                (SELECT count(*) FROM invitations WHERE workspace_id = ?1 AND revoked_at IS NULL) AS invitations`,
      )
        .bind(wid)
        .first();
    const before = await counts();
    const attempts: [string, string, unknown?][] = [
      ['POST', keys(wid), { name: 'spawn', role: 'owner' }],
      ['DELETE', `${keys(wid)}/${other.id}`],
      ['POST', `/api/v1/workspaces/${wid}/members`, { email: uniqueEmail(), role: 'owner' }],
      ['PATCH', `/api/v1/workspaces/${wid}/members/${editor.id}`, { role: 'owner' }],
      ['DELETE', `/api/v1/workspaces/${wid}/members/${editor.id}`],
      ['DELETE', `/api/v1/workspaces/${wid}/invitations/${invite.invitation.id}`],
    ];
    for (const [method, url, body] of attempts) {
      const problem = await expectProblem(await call(url, { method, token: key.key, body }), 403);
      expect(problem.detail, `${method} ${url}`).toMatch(/signed-in user; API keys cannot/);
    }
    expect(await counts()).toEqual(before);
    for (const url of [keys(wid), `/api/v1/workspaces/${wid}/members`, `/api/v1/workspaces/${wid}/invitations`]) {
      expect((await call(url, { token: key.key })).status, url).toBe(200);
    }
  });

  it('cannot act as a person: no new workspaces, no profile changes', async () => {
    const owner = await signUp();
    const key = await apiKeyFor(owner, 'owner');
    await expectProblem(await call('/api/v1/workspaces', { token: key.key, body: { name: 'Nope' } }), 403);
    await expectProblem(await call('/api/v1/me', { method: 'PATCH', token: key.key, body: { name: 'Nope' } }), 403);
  });
});
