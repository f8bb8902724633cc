import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { apiKeyFor, call, expectProblem, json, memberOf, PASSWORD, signUp, uniqueEmail } from '../../../test/factories';
import app from '../../app';

const members = (wid: string) => `/api/v1/workspaces/${wid}/members`;

describe('adding members', () => {
  it('invites an existing account like any address: the same answer, and they join only when they accept', async () => {
    const owner = await signUp();
    const other = await signUp();
    const known = await call(members(owner.workspaceId), {
      token: owner.token,
      body: { email: other.email, role: 'editor' },
    });
    const unknown = await call(members(owner.workspaceId), {
      token: owner.token,
      body: { email: uniqueEmail(), role: 'editor' },
    });
    expect(known.status).toBe(201);
    expect(unknown.status).toBe(known.status);
    const [a, b] = [await json(known), await json(unknown)];
    // Nothing in the answer tells whether the address has an account.
    const shape = (value: unknown): unknown =>
      value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'status' ? v : shape(v)]))
        : typeof value;
    expect(shape(a)).toEqual(shape(b));
    expect(a).toMatchObject({ status: 'invited', invitation: { email: other.email, role: 'editor' } });

    // Not a member until they accept, with their own account.
    const before = await json<{ workspaces: { id: string }[] }>(await call('/api/v1/me', { token: other.token }));
    expect(before.workspaces.map((w) => w.id)).not.toContain(owner.workspaceId);
    const audit = await env.DB.prepare(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'member.added' AND workspace_id = ?",
    )
      .bind(owner.workspaceId)
      .first<{ n: number }>();
    expect(audit?.n).toBe(0);
    const token = (a as { invitation: { acceptUrl: string } }).invitation.acceptUrl.split('/invite/')[1] ?? '';
    const accepted = await call(`/api/v1/invitations/${token}/accept`, { method: 'POST', token: other.token });
    expect(await json(accepted)).toEqual({ workspaceId: owner.workspaceId, role: 'editor' });
    const me = await json<{ workspaces: { id: string; role: string }[] }>(
      await call('/api/v1/me', { token: other.token }),
    );
    expect(me.workspaces).toContainEqual({ id: owner.workspaceId, name: 'Test Workspace', role: 'editor' });
  });

  it('invites an unknown address with a link that signs them up into the workspace', async () => {
    const owner = await signUp();
    const email = uniqueEmail('invitee');
    const res = await call(members(owner.workspaceId), { token: owner.token, body: { email, role: 'viewer' } });
    expect(res.status).toBe(201);
    const body = await json<{ status: string; invitation: { id: string; acceptUrl: string } }>(res);
    expect(body.status).toBe('invited');
    const token = body.invitation.acceptUrl.split('/invite/')[1] ?? '';
    expect(body.invitation.acceptUrl).toBe(`https://crowsnest.test/invite/${token}`);

    const preview = await json(await call(`/api/v1/invitations/${token}`));
    expect(preview).toMatchObject({ email, role: 'viewer', workspaceName: 'Test Workspace' });

    const invitee = await signUp({ email, inviteToken: token });
    const me = await json<{ workspaces: { id: string; role: string }[] }>(
      await call('/api/v1/me', { token: invitee.token }),
    );
    expect(me.workspaces.map((w) => [w.id, w.role])).toContainEqual([owner.workspaceId, 'viewer']);
    // A link works once.
    await expectProblem(await call(`/api/v1/invitations/${token}`), 404);
  });

  it('lets an invitee sign up without a workspace of their own, and names the inviter', async () => {
    const owner = await signUp({ name: 'Olive Owner' });
    const email = uniqueEmail('joiner');
    const invite = await json<{ invitation: { acceptUrl: string; invitedByName: string } }>(
      await call(members(owner.workspaceId), { token: owner.token, body: { email, role: 'editor' } }),
    );
    expect(invite.invitation.invitedByName).toBe('Olive Owner');
    const inviteToken = invite.invitation.acceptUrl.split('/invite/')[1] ?? '';
    const res = await call('/api/v1/auth/signup', { body: { email, password: PASSWORD, name: 'Joiner', inviteToken } });
    expect(res.status).toBe(201);
    const body = await json<{ workspace: { id: string; role: string; name: string }; accessToken: string }>(res);
    expect(body.workspace).toEqual({ id: owner.workspaceId, name: 'Test Workspace', role: 'editor' });
    const me = await json<{ workspaces: unknown[] }>(await call('/api/v1/me', { token: body.accessToken }));
    expect(me.workspaces).toHaveLength(1);
  });

  it('needs a workspace name from anyone signing up without an invitation', async () => {
    const problem = await expectProblem(
      await call('/api/v1/auth/signup', { body: { email: uniqueEmail(), password: PASSWORD, name: 'No Workspace' } }),
      400,
    );
    expect(problem.errors).toEqual([{ path: 'workspaceName', message: 'Required.' }]);
  });

  it('builds invitation links on APP_ORIGIN when it is set', async () => {
    const owner = await signUp();
    const res = await app.request(
      `https://internal.host${members(owner.workspaceId)}`,
      {
        method: 'POST',
        headers: { Authorization: `Bearer ${owner.token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: uniqueEmail(), role: 'viewer' }),
      },
      { ...env, APP_ORIGIN: 'https://app.crowsnest.example' },
      createExecutionContext(),
    );
    const body = await json<{ invitation: { acceptUrl: string } }>(res);
    expect(body.invitation.acceptUrl).toMatch(/^https:\/\/app\.crowsnest\.example\/invite\//);
  });

  it('lets a signed-in user accept an invitation sent to their own address only', async () => {
    const owner = await signUp();
    const email = uniqueEmail('later');
    const invite = await json<{ invitation: { acceptUrl: string } }>(
      await call(members(owner.workspaceId), { token: owner.token, body: { email, role: 'editor' } }),
    );
    const token = invite.invitation.acceptUrl.split('/invite/')[1] ?? '';
    const stranger = await signUp();
    await expectProblem(
      await call(`/api/v1/invitations/${token}/accept`, { method: 'POST', token: stranger.token }),
      403,
    );
    // The invitee signs up on their own (without the token), then accepts.
    const invitee = await signUp({ email });
    const accepted = await call(`/api/v1/invitations/${token}/accept`, { method: 'POST', token: invitee.token });
    expect(accepted.status).toBe(200);
    expect(await json(accepted)).toEqual({ workspaceId: owner.workspaceId, role: 'editor' });
  });

  it('refuses to add someone twice', async () => {
    const owner = await signUp();
    const member = await memberOf(owner, 'viewer');
    await expectProblem(
      await call(members(owner.workspaceId), { token: owner.token, body: { email: member.email, role: 'admin' } }),
      409,
    );
  });

  it('replaces an earlier invitation to the same address, and lists and revokes pending ones', async () => {
    const owner = await signUp();
    const email = uniqueEmail();
    const first = await json<{ invitation: { acceptUrl: string } }>(
      await call(members(owner.workspaceId), { token: owner.token, body: { email, role: 'viewer' } }),
    );
    await call(members(owner.workspaceId), { token: owner.token, body: { email, role: 'editor' } });
    await expectProblem(await call(`/api/v1/invitations/${first.invitation.acceptUrl.split('/invite/')[1]}`), 404);
    const pending = await json<{ items: { id: string; email: string; role: string }[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/invitations`, { token: owner.token }),
    );
    expect(pending.items).toHaveLength(1);
    expect(pending.items[0]).toMatchObject({ email, role: 'editor' });
    const id = pending.items[0]?.id;
    expect(
      (
        await call(`/api/v1/workspaces/${owner.workspaceId}/invitations/${id}`, {
          method: 'DELETE',
          token: owner.token,
        })
      ).status,
    ).toBe(204);
    const after = await json<{ items: unknown[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/invitations`, { token: owner.token }),
    );
    expect(after.items).toEqual([]);
  });

  it('lets only owners make owners', async () => {
    const owner = await signUp();
    const admin = await memberOf(owner, 'admin');
    await expectProblem(
      await call(members(owner.workspaceId), { token: admin.token, body: { email: uniqueEmail(), role: 'owner' } }),
      403,
    );
    const editor = await memberOf(owner, 'editor');
    await expectProblem(
      await call(`${members(owner.workspaceId)}/${editor.id}`, {
        method: 'PATCH',
        token: admin.token,
        body: { role: 'owner' },
      }),
      403,
    );
    const ok = await call(`${members(owner.workspaceId)}/${editor.id}`, {
      method: 'PATCH',
      token: owner.token,
      body: { role: 'owner' },
    });
    expect(ok.status).toBe(200);
  });
});

describe('listing members', () => {
  it('pages through members in the order they joined', async () => {
    const owner = await signUp();
    const joined = [owner.id];
    for (let i = 0; i < 4; i++) joined.push((await memberOf(owner, 'viewer')).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { userId: string }[]; nextCursor: string | null } = await json(
        await call(`${members(owner.workspaceId)}?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: owner.token }),
      );
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((m) => m.userId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(joined);
  });
});

describe('roles and the last owner', () => {
  it('will not demote or remove the last owner, nor let them leave', async () => {
    const owner = await signUp();
    await expectProblem(
      await call(`${members(owner.workspaceId)}/${owner.id}`, {
        method: 'PATCH',
        token: owner.token,
        body: { role: 'admin' },
      }),
      409,
    );
    await expectProblem(
      await call(`${members(owner.workspaceId)}/${owner.id}`, { method: 'DELETE', token: owner.token }),
      409,
    );
    const row = await env.DB.prepare('SELECT role FROM memberships WHERE user_id = ?')
      .bind(owner.id)
      .first<{ role: string }>();
    expect(row?.role).toBe('owner');
  });

  it('lets an owner leave once there is another owner', async () => {
    const owner = await signUp();
    const second = await memberOf(owner, 'owner');
    expect(
      (await call(`${members(owner.workspaceId)}/${owner.id}`, { method: 'DELETE', token: owner.token })).status,
    ).toBe(204);
    await expectProblem(
      await call(`${members(owner.workspaceId)}/${second.id}`, { method: 'DELETE', token: second.token }),
      409,
    );
    await expectProblem(await call(members(owner.workspaceId), { token: owner.token }), 404);
  });

  it('lets any member leave but only admins remove others, and only owners remove owners', async () => {
    const owner = await signUp();
    const admin = await memberOf(owner, 'admin');
    const viewer = await memberOf(owner, 'viewer');
    const editor = await memberOf(owner, 'editor');
    await expectProblem(
      await call(`${members(owner.workspaceId)}/${editor.id}`, { method: 'DELETE', token: viewer.token }),
      403,
    );
    await expectProblem(
      await call(`${members(owner.workspaceId)}/${owner.id}`, { method: 'DELETE', token: admin.token }),
      403,
    );
    expect(
      (await call(`${members(owner.workspaceId)}/${viewer.id}`, { method: 'DELETE', token: viewer.token })).status,
    ).toBe(204);
    expect(
      (await call(`${members(owner.workspaceId)}/${editor.id}`, { method: 'DELETE', token: admin.token })).status,
    ).toBe(204);
    await expectProblem(await call(members(owner.workspaceId), { token: editor.token }), 404);
  });

  it('revokes a removed member’s API keys and caps a demoted member’s keys', async () => {
    const owner = await signUp();
    const admin = await memberOf(owner, 'admin');
    const adminKey = await apiKeyFor({ ...admin, workspaceId: owner.workspaceId }, 'admin');
    expect((await call(members(owner.workspaceId), { token: adminKey.key })).status).toBe(200);

    await call(`${members(owner.workspaceId)}/${admin.id}`, {
      method: 'PATCH',
      token: owner.token,
      body: { role: 'viewer' },
    });
    const capped = await env.DB.prepare('SELECT role FROM api_keys WHERE id = ?')
      .bind(adminKey.id)
      .first<{ role: string }>();
    expect(capped?.role).toBe('viewer');
    await expectProblem(await call(`/api/v1/workspaces/${owner.workspaceId}/api-keys`, { token: adminKey.key }), 403);

    await call(`${members(owner.workspaceId)}/${admin.id}`, { method: 'DELETE', token: owner.token });
    await expectProblem(await call(members(owner.workspaceId), { token: adminKey.key }), 401);
  });

  it('caps every key of a demoted member, also more keys than one statement may bind', async () => {
    const owner = await signUp();
    const admin = await memberOf(owner, 'admin');
    const now = Date.now();
    const insert = env.DB.prepare(
      "INSERT INTO api_keys (id, workspace_id, name, role, prefix, key_hash, created_by, created_at) VALUES (?, ?, 'bulk', 'admin', 'cn_bulk', ?, ?, ?)",
    );
    await env.DB.batch(
      Array.from({ length: 120 }, (_, i) =>
        insert.bind(`key_BULK${String(i).padStart(4, '0')}`, owner.workspaceId, crypto.randomUUID(), admin.id, now),
      ),
    );
    const res = await call(`${members(owner.workspaceId)}/${admin.id}`, {
      method: 'PATCH',
      token: owner.token,
      body: { role: 'editor' },
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const roles = await env.DB.prepare('SELECT role, count(*) AS n FROM api_keys WHERE created_by = ? GROUP BY role')
      .bind(admin.id)
      .all<{ role: string; n: number }>();
    expect(roles.results).toEqual([{ role: 'editor', n: 120 }]);
  });

  it('takes effect at once for tokens issued before the change', async () => {
    const owner = await signUp();
    const editor = await memberOf(owner, 'editor');
    await call(`${members(owner.workspaceId)}/${editor.id}`, {
      method: 'PATCH',
      token: owner.token,
      body: { role: 'viewer' },
    });
    const login = await json<{ accessToken: string }>(
      await call('/api/v1/auth/login', { body: { email: editor.email, password: PASSWORD } }),
    );
    for (const token of [editor.token, login.accessToken]) {
      const ws = await json<{ role: string }>(await call(`/api/v1/workspaces/${owner.workspaceId}`, { token }));
      expect(ws.role).toBe('viewer');
    }
  });
});
