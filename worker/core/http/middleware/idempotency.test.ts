import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, signUp, uniqueEmail } from '../../../../test/factories';

const count = async (table: string) =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${table}`).first<{ n: number }>())?.n;

describe('Idempotency-Key', () => {
  it('answers a repeat with the first answer and does the work once', async () => {
    const owner = await signUp();
    const headers = { 'Idempotency-Key': 'workspace-1' };
    const first = await call('/api/v1/workspaces', { token: owner.token, body: { name: 'Second' }, headers });
    expect(first.status).toBe(201);
    const firstBody = await first.text();
    const workspaces = await count('workspaces');

    const repeat = await call('/api/v1/workspaces', { token: owner.token, body: { name: 'Second' }, headers });
    expect(repeat.status).toBe(201);
    expect(repeat.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await repeat.text()).toBe(firstBody);
    expect(await count('workspaces')).toBe(workspaces);
  });

  it('keeps no secret shown once: a repeated invitation or key creation answers 409 and does the work once', async () => {
    const owner = await signUp();
    const wid = owner.workspaceId;
    const invite = { url: `/api/v1/workspaces/${wid}/members`, body: { email: uniqueEmail(), role: 'editor' } };
    const key = { url: `/api/v1/workspaces/${wid}/api-keys`, body: { name: 'CI', role: 'viewer' } };
    const headers = { 'Idempotency-Key': 'once' };
    const invited = await json<{ invitation: { acceptUrl: string } }>(
      await call(invite.url, { token: owner.token, body: invite.body, headers }),
    );
    const created = await json<{ key: string }>(
      await call(key.url, { token: owner.token, body: key.body, headers: { 'Idempotency-Key': 'key-once' } }),
    );
    const token = invited.invitation.acceptUrl.split('/invite/')[1] ?? '';
    expect(token).not.toBe('');
    expect(created.key).toMatch(/^cn_/);
    const [invitations, keys] = [await count('invitations'), await count('api_keys')];

    const rows = await env.DB.prepare('SELECT status, body FROM idempotency_keys').all<{
      status: number;
      body: string;
    }>();
    expect(rows.results.map((r) => r.status).sort()).toEqual([201, 201]);
    for (const row of rows.results) {
      expect(row.body ?? '').not.toContain(token);
      expect(row.body ?? '').not.toContain(created.key);
    }

    for (const [{ url, body }, header] of [
      [invite, 'once'],
      [key, 'key-once'],
    ] as const) {
      const repeat = await call(url, { token: owner.token, body, headers: { 'Idempotency-Key': header } });
      const problem = await expectProblem(repeat, 409);
      expect(problem.detail).toMatch(/already succeeded.*shown only once/);
      expect(JSON.stringify(problem)).not.toContain(token);
    }
    expect(await count('invitations')).toBe(invitations);
    expect(await count('api_keys')).toBe(keys);
  });

  it('refuses the same key with a different request', async () => {
    const owner = await signUp();
    const url = `/api/v1/workspaces/${owner.workspaceId}/members`;
    const headers = { 'Idempotency-Key': 'k' };
    await call(url, { token: owner.token, body: { email: uniqueEmail(), role: 'editor' }, headers });
    await expectProblem(
      await call(url, { token: owner.token, body: { email: uniqueEmail(), role: 'editor' }, headers }),
      422,
    );
  });

  it('scopes keys to the caller: two users may use the same key', async () => {
    const a = await signUp();
    const b = await signUp();
    const headers = { 'Idempotency-Key': 'same' };
    const ra = await call('/api/v1/workspaces', { token: a.token, body: { name: 'A2' }, headers });
    const rb = await call('/api/v1/workspaces', { token: b.token, body: { name: 'A2' }, headers });
    expect(ra.status).toBe(201);
    expect(rb.status).toBe(201);
    expect((await json<{ id: string }>(ra)).id).not.toBe((await json<{ id: string }>(rb)).id);
  });

  it('does not store a failed validation, so a corrected request can reuse the key', async () => {
    const owner = await signUp();
    const headers = { 'Idempotency-Key': 'fix-me' };
    await expectProblem(await call('/api/v1/workspaces', { token: owner.token, body: { name: '' }, headers }), 400);
    expect((await call('/api/v1/workspaces', { token: owner.token, body: { name: 'Fixed' }, headers })).status).toBe(
      201,
    );
  });

  it('refuses over-long keys', async () => {
    const owner = await signUp();
    await expectProblem(
      await call('/api/v1/workspaces', {
        token: owner.token,
        body: { name: 'x' },
        headers: { 'Idempotency-Key': 'k'.repeat(256) },
      }),
      400,
    );
  });
});
