import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, PASSWORD, refreshCookieOf, signUp, uniqueEmail } from '../../../test/factories';

describe('sign-up', () => {
  it('creates the user, a workspace they own, a session and a refresh cookie', async () => {
    const email = uniqueEmail();
    const res = await call('/api/v1/auth/signup', {
      body: { email: email.toUpperCase(), password: PASSWORD, name: 'Ada', workspaceName: 'Ada Co' },
    });
    expect(res.status).toBe(201);
    const body = await json<{
      user: { id: string; email: string; name: string };
      workspace: { id: string; name: string; role: string };
      accessToken: string;
    }>(res);
    expect(body.user).toMatchObject({ email, name: 'Ada' });
    expect(body.workspace).toMatchObject({ name: 'Ada Co', role: 'owner' });
    expect(body.accessToken.split('.')).toHaveLength(3);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cn_refresh='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);

    const me = await json<{ user: { id: string }; workspaces: { id: string; role: string }[] }>(
      await call('/api/v1/me', { token: body.accessToken }),
    );
    expect(me.user.id).toBe(body.user.id);
    expect(me.workspaces).toEqual([{ id: body.workspace.id, name: 'Ada Co', role: 'owner' }]);
  });

  it('stores a PBKDF2-SHA256 hash with 100,000 iterations, never the password', async () => {
    const user = await signUp();
    const row = await env.DB.prepare('SELECT password_hash FROM users WHERE id = ?')
      .bind(user.id)
      .first<{ password_hash: string }>();
    expect(row?.password_hash).toMatch(/^pbkdf2-sha256\$100000\$/);
    expect(row?.password_hash).not.toContain(PASSWORD);
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const user = await signUp();
    const res = await call('/api/v1/auth/signup', {
      body: { email: user.email.toUpperCase(), password: PASSWORD, name: 'B', workspaceName: 'B' },
    });
    const problem = await expectProblem(res, 409);
    expect(problem.errors).toEqual([{ path: 'email', message: expect.any(String) }]);
  });

  it('refuses a common password or one built on the email, saying why on the password field, and creates nothing', async () => {
    const email = uniqueEmail('ada.lovelace');
    const local = email.split('@')[0] ?? '';
    for (const [password, why] of [
      ['password123', /commonly used passwords/],
      ['P@ssw0rd!', /commonly used passwords/],
      [email, /email address/],
      [`${local}!2024`, /email address/],
    ] as const) {
      const problem = await expectProblem(
        await call('/api/v1/auth/signup', { body: { email, password, name: 'Ada', workspaceName: 'Ada Co' } }),
        400,
      );
      expect(problem.errors).toEqual([{ path: 'password', message: expect.stringMatching(why) }]);
    }
    const users = await env.DB.prepare('SELECT count(*) AS n FROM users WHERE email = ?')
      .bind(email)
      .first<{ n: number }>();
    expect(users?.n).toBe(0);
  });

  it('applies the same rule when signing up with an invitation', async () => {
    const owner = await signUp();
    const email = uniqueEmail('invitee');
    const invite = await json<{ invitation: { acceptUrl: string } }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/members`, {
        token: owner.token,
        body: { email, role: 'viewer' },
      }),
    );
    const inviteToken = invite.invitation.acceptUrl.split('/invite/')[1] ?? '';
    const problem = await expectProblem(
      await call('/api/v1/auth/signup', { body: { email, password: 'iloveyou1', name: 'I', inviteToken } }),
      400,
    );
    expect(problem.errors).toEqual([{ path: 'password', message: expect.stringMatching(/commonly used/) }]);
    // The invitation is still open.
    expect((await call(`/api/v1/invitations/${inviteToken}`)).status).toBe(200);
  });

  it('names every invalid field', async () => {
    const res = await call('/api/v1/auth/signup', {
      body: { email: 'nope', password: 'short', name: '', workspaceName: 42 },
    });
    const problem = await expectProblem(res, 400);
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['email', 'name', 'password', 'workspaceName']);
  });
});

describe('login', () => {
  it('answers a token and a refresh cookie for the right password', async () => {
    const user = await signUp();
    const res = await call('/api/v1/auth/login', { body: { email: user.email, password: PASSWORD } });
    expect(res.status).toBe(200);
    const body = await json<{ user: { id: string }; accessToken: string }>(res);
    expect(body.user.id).toBe(user.id);
    expect(refreshCookieOf(res)).toMatch(/^cn_refresh=/);
  });

  it('says the same for a wrong password and an unknown email', async () => {
    const user = await signUp();
    const wrong = await expectProblem(
      await call('/api/v1/auth/login', { body: { email: user.email, password: 'wrong password!' } }),
      401,
    );
    const unknown = await expectProblem(
      await call('/api/v1/auth/login', { body: { email: uniqueEmail(), password: 'wrong password!' } }),
      401,
    );
    expect(wrong.detail).toBe(unknown.detail);
  });
});

describe('refresh', () => {
  /** Moves the user's refresh-token uses a minute into the past, beyond the reuse grace. */
  const pastGrace = (userId: string) =>
    env.DB.prepare('UPDATE refresh_tokens SET used_at = used_at - 60000 WHERE user_id = ? AND used_at IS NOT NULL')
      .bind(userId)
      .run();
  const reuses = async (userId: string) =>
    (
      await env.DB.prepare(
        "SELECT count(*) AS n FROM audit_log WHERE action = 'user.refresh_token_reused' AND actor_id = ?",
      )
        .bind(userId)
        .first<{ n: number }>()
    )?.n;

  it('rotates the refresh token on every use', async () => {
    const user = await signUp();
    const first = await call('/api/v1/auth/refresh', { method: 'POST', cookie: user.cookie });
    expect(first.status).toBe(200);
    const next = refreshCookieOf(first);
    expect(next).not.toBe(user.cookie);
    const { accessToken } = await json<{ accessToken: string }>(first);
    expect((await call('/api/v1/me', { token: accessToken })).status).toBe(200);
    const second = await call('/api/v1/auth/refresh', { method: 'POST', cookie: next });
    expect(second.status).toBe(200);
  });

  it('revokes the whole family when an old refresh token is used again after the grace', async () => {
    const user = await signUp();
    const rotated = refreshCookieOf(await call('/api/v1/auth/refresh', { method: 'POST', cookie: user.cookie }));
    await pastGrace(user.id);
    // The original token leaked and is replayed: the session ends for everyone holding it.
    await expectProblem(await call('/api/v1/auth/refresh', { method: 'POST', cookie: user.cookie }), 401);
    await expectProblem(await call('/api/v1/auth/refresh', { method: 'POST', cookie: rotated }), 401);
    expect(await reuses(user.id)).toBe(1);
  });

  it('lets two tabs refresh with the same cookie at once: both get a working session, nothing is revoked', async () => {
    const user = await signUp();
    const answers = await Promise.all(
      [1, 2].map(() => call('/api/v1/auth/refresh', { method: 'POST', cookie: user.cookie })),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    for (const answer of answers) {
      const { accessToken } = await json<{ accessToken: string }>(answer);
      expect((await call('/api/v1/me', { token: accessToken })).status).toBe(200);
      // Each successor (the same one, or a sibling in the family) refreshes in turn.
      expect((await call('/api/v1/auth/refresh', { method: 'POST', cookie: refreshCookieOf(answer) })).status).toBe(
        200,
      );
    }
    expect(await reuses(user.id)).toBe(0);
  });

  it('gives the grace only to the token just rotated: once its successor was used, reuse revokes', async () => {
    const user = await signUp();
    const next = refreshCookieOf(await call('/api/v1/auth/refresh', { method: 'POST', cookie: user.cookie }));
    const after = refreshCookieOf(await call('/api/v1/auth/refresh', { method: 'POST', cookie: next }));
    await expectProblem(await call('/api/v1/auth/refresh', { method: 'POST', cookie: user.cookie }), 401);
    await expectProblem(await call('/api/v1/auth/refresh', { method: 'POST', cookie: after }), 401);
    expect(await reuses(user.id)).toBe(1);
  });

  it('leaves other sessions of the same user alone', async () => {
    const user = await signUp();
    const other = refreshCookieOf(
      await call('/api/v1/auth/login', { body: { email: user.email, password: PASSWORD } }),
    );
    await call('/api/v1/auth/refresh', { method: 'POST', cookie: user.cookie });
    await pastGrace(user.id);
    await expectProblem(await call('/api/v1/auth/refresh', { method: 'POST', cookie: user.cookie }), 401);
    expect((await call('/api/v1/auth/refresh', { method: 'POST', cookie: other })).status).toBe(200);
  });

  it('needs the cookie, and refuses cross-site origins', async () => {
    await expectProblem(await call('/api/v1/auth/refresh', { method: 'POST' }), 401);
    const user = await signUp();
    await expectProblem(
      await call('/api/v1/auth/refresh', {
        method: 'POST',
        cookie: user.cookie,
        headers: { Origin: 'https://evil.example' },
      }),
      403,
    );
  });
});

describe('logout', () => {
  it('ends the session so its refresh token no longer works', async () => {
    const user = await signUp();
    const res = await call('/api/v1/auth/logout', { method: 'POST', cookie: user.cookie });
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie().join()).toMatch(/cn_refresh=;/);
    await expectProblem(await call('/api/v1/auth/refresh', { method: 'POST', cookie: user.cookie }), 401);
  });
});

describe('access tokens', () => {
  it('refuses missing, forged and malformed tokens', async () => {
    const user = await signUp();
    await expectProblem(await call('/api/v1/me'), 401);
    await expectProblem(await call('/api/v1/me', { token: 'not-a-jwt' }), 401);
    const [header, payload] = user.token.split('.');
    await expectProblem(await call('/api/v1/me', { token: `${header}.${payload}.AAAA` }), 401);
    await expectProblem(await call('/api/v1/me', { headers: { Authorization: `Basic ${btoa('a:b')}` } }), 401);
  });
});
