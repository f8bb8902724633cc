import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { apiKeyFor, expectProblem, PASSWORD, signUp, uniqueEmail } from '../../../../test/factories';
import app from '../../../app';

/** Calls the app with some variables overridden, as a deployment with other settings would. */
function callWith(vars: Partial<Env>, path: string, init: RequestInit & { token?: string; ip?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.ip) headers.set('CF-Connecting-IP', init.ip);
  if (init.body) headers.set('Content-Type', 'application/json');
  return app.request(
    `https://crowsnest.test${path}`,
    { ...init, headers },
    { ...env, ...vars },
    createExecutionContext(),
  );
}

describe('API rate limits', () => {
  it('gives each user API_RATE_LIMIT_PER_MINUTE requests, then 429 with Retry-After and RateLimit headers', async () => {
    const user = await signUp();
    const limits = { API_RATE_LIMIT_PER_MINUTE: '3' };
    const first = await callWith(limits, '/api/v1/me', { token: user.token });
    expect(first.status).toBe(200);
    expect(first.headers.get('RateLimit-Limit')).toBe('3');
    expect(first.headers.get('RateLimit-Remaining')).toBe('2');
    expect(first.headers.get('RateLimit-Policy')).toBe('3;w=60');
    await callWith(limits, '/api/v1/me', { token: user.token });
    await callWith(limits, `/api/v1/workspaces/${user.workspaceId}`, { token: user.token });
    const limited = await callWith(limits, '/api/v1/me', { token: user.token });
    const problem = await expectProblem(limited, 429);
    expect(problem.type).toMatch(/rate-limited$/);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(limited.headers.get('RateLimit-Remaining')).toBe('0');
    // Another user is unaffected.
    const other = await signUp();
    expect((await callWith(limits, '/api/v1/me', { token: other.token })).status).toBe(200);
  });

  it('counts an API key separately from the person who made it', async () => {
    const user = await signUp();
    const key = await apiKeyFor(user, 'viewer');
    const limits = { API_RATE_LIMIT_PER_MINUTE: '1' };
    expect((await callWith(limits, '/api/v1/me', { token: key.key })).status).toBe(200);
    await expectProblem(await callWith(limits, '/api/v1/me', { token: key.key }), 429);
    expect((await callWith(limits, '/api/v1/me', { token: user.token })).status).toBe(200);
  });
});

describe('login rate limits', () => {
  it('limits attempts per email, whatever the address they come from', async () => {
    const user = await signUp();
    const limits = { LOGIN_RATE_LIMIT: '2' };
    const attempt = (ip: string) =>
      callWith(limits, '/api/v1/auth/login', {
        method: 'POST',
        ip,
        body: JSON.stringify({ email: user.email, password: 'wrong password' }),
      });
    await expectProblem(await attempt('203.0.113.1'), 401);
    await expectProblem(await attempt('203.0.113.2'), 401);
    const limited = await attempt('203.0.113.3');
    await expectProblem(limited, 429);
    expect(limited.headers.get('Retry-After')).toBeTruthy();
    // Even the right password waits: the limit is checked before the password.
    const right = await callWith(limits, '/api/v1/auth/login', {
      method: 'POST',
      ip: '203.0.113.4',
      body: JSON.stringify({ email: user.email, password: PASSWORD }),
    });
    await expectProblem(right, 429);
  });

  it('limits attempts per IP address across emails', async () => {
    const limits = { LOGIN_IP_RATE_LIMIT: '2' };
    const attempt = () =>
      callWith(limits, '/api/v1/auth/login', {
        method: 'POST',
        ip: '198.51.100.7',
        body: JSON.stringify({ email: uniqueEmail(), password: 'whatever it is' }),
      });
    await expectProblem(await attempt(), 401);
    await expectProblem(await attempt(), 401);
    await expectProblem(await attempt(), 429);
  });

  it('limits sign-ups per IP address', async () => {
    const limits = { LOGIN_IP_RATE_LIMIT: '1' };
    const attempt = () =>
      callWith(limits, '/api/v1/auth/signup', {
        method: 'POST',
        ip: '192.0.2.9',
        body: JSON.stringify({ email: uniqueEmail(), password: PASSWORD, name: 'N', workspaceName: 'W' }),
      });
    expect((await attempt()).status).toBe(201);
    await expectProblem(await attempt(), 429);
  });
});
