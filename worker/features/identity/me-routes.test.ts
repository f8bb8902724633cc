import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, PASSWORD, refreshCookieOf, signUp } from '../../../test/factories';

describe('account', () => {
  it('renames the user', async () => {
    const user = await signUp();
    const res = await call('/api/v1/me', { method: 'PATCH', token: user.token, body: { name: 'Grace Hopper' } });
    expect(await json(res)).toMatchObject({ user: { name: 'Grace Hopper' } });
  });

  it('changes the password and signs out every other session', async () => {
    const user = await signUp();
    const other = refreshCookieOf(
      await call('/api/v1/auth/login', { body: { email: user.email, password: PASSWORD } }),
    );
    const res = await call('/api/v1/me/password', {
      token: user.token,
      body: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
    });
    expect(res.status).toBe(200);
    const fresh = refreshCookieOf(res);
    await expectProblem(await call('/api/v1/auth/refresh', { method: 'POST', cookie: user.cookie }), 401);
    await expectProblem(await call('/api/v1/auth/refresh', { method: 'POST', cookie: other }), 401);
    expect((await call('/api/v1/auth/refresh', { method: 'POST', cookie: fresh })).status).toBe(200);
    await expectProblem(await call('/api/v1/auth/login', { body: { email: user.email, password: PASSWORD } }), 401);
    expect(
      (await call('/api/v1/auth/login', { body: { email: user.email, password: 'a brand new passphrase' } })).status,
    ).toBe(200);
  });

  it('refuses a common new password or one built on the email, and keeps the old one', async () => {
    const user = await signUp();
    for (const [newPassword, why] of [
      ['qwerty123456', /commonly used|easy to guess/],
      [user.email.toUpperCase(), /email address/],
    ] as const) {
      const problem = await expectProblem(
        await call('/api/v1/me/password', { token: user.token, body: { currentPassword: PASSWORD, newPassword } }),
        400,
      );
      expect(problem.errors).toEqual([{ path: 'newPassword', message: expect.stringMatching(why) }]);
    }
    expect((await call('/api/v1/auth/refresh', { method: 'POST', cookie: user.cookie })).status).toBe(200);
    expect((await call('/api/v1/auth/login', { body: { email: user.email, password: PASSWORD } })).status).toBe(200);
  });
});
