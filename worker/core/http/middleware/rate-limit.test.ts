import { createExecutionContext, listDurableObjectIds } from 'cloudflare:test';
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

/** `[[ratelimits]] API_RATE_LIMIT` in wrangler.toml: requests per user or API key a minute. */
const API_BUDGET = 300;
const API_WINDOW_MS = 60_000;
/** A budget test may wait up to 10 s for a fresh window, then makes 300 requests. */
const BUDGET_TEST_TIMEOUT_MS = 60_000;

/**
 * Waits for the next minute when little of this one is left: the local Rate Limiting binding
 * counts in windows aligned to the clock, and a test that spends a whole budget must not see
 * its count reset halfway.
 */
async function freshWindow(): Promise<void> {
  const left = API_WINDOW_MS - (Date.now() % API_WINDOW_MS);
  if (left < 10_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

/** Spends a caller's whole budget, all at once; every call gets through and claims no count it cannot know. */
async function spendBudget(token: string): Promise<void> {
  const answers = await Promise.all(Array.from({ length: API_BUDGET }, () => callWith({}, '/api/v1/me', { token })));
  for (const res of answers) {
    expect(res.status).toBe(200);
    expect(res.headers.get('RateLimit-Remaining')).toBeNull();
  }
}

describe('API rate limits', () => {
  it(
    "gives each user the binding's budget a minute, then 429 with Retry-After and RateLimit headers",
    async () => {
      const user = await signUp();
      await freshWindow();
      await spendBudget(user.token);
      const limited = await callWith({}, `/api/v1/workspaces/${user.workspaceId}`, { token: user.token });
      const problem = await expectProblem(limited, 429);
      expect(problem.type).toMatch(/rate-limited$/);
      // The binding does not say when its count resets: a whole window is the longest to wait.
      expect(limited.headers.get('Retry-After')).toBe('60');
      expect(limited.headers.get('RateLimit-Reset')).toBe('60');
      expect(limited.headers.get('RateLimit-Remaining')).toBe('0');
      // Another user is unaffected.
      const other = await signUp();
      expect((await callWith({}, '/api/v1/me', { token: other.token })).status).toBe(200);
    },
    BUDGET_TEST_TIMEOUT_MS,
  );

  it(
    'counts an API key separately from the person who made it',
    async () => {
      const user = await signUp();
      const key = await apiKeyFor(user, 'viewer');
      await freshWindow();
      await spendBudget(key.key);
      await expectProblem(await callWith({}, '/api/v1/me', { token: key.key }), 429);
      expect((await callWith({}, '/api/v1/me', { token: user.token })).status).toBe(200);
    },
    BUDGET_TEST_TIMEOUT_MS,
  );

  it('takes no Durable Object round trip per request', async () => {
    const user = await signUp();
    const objects = async () => (await listDurableObjectIds(env.RATE_LIMITER)).length;
    const before = await objects();
    for (let i = 0; i < 3; i++) {
      expect((await callWith({}, `/api/v1/workspaces/${user.workspaceId}/audit`, { token: user.token })).status).toBe(
        200,
      );
    }
    expect(await objects()).toBe(before);
  });
});

describe('login rate limits', () => {
  const login = (vars: Partial<Env>, email: string, password: string, ip: string) =>
    callWith(vars, '/api/v1/auth/login', { method: 'POST', ip, body: JSON.stringify({ email, password }) });

  it('limits failed sign-ins per email and address, with that bucket on the 429; another address still signs in', async () => {
    const user = await signUp();
    const limits = { LOGIN_RATE_LIMIT: '2' };
    await expectProblem(await login(limits, user.email, 'wrong password', '203.0.113.1'), 401);
    await expectProblem(await login(limits, user.email, 'wrong password', '203.0.113.1'), 401);
    const limited = await login(limits, user.email, 'wrong password', '203.0.113.1');
    await expectProblem(limited, 429);
    // The headers are those of the bucket that refused (2 failures per 15 minutes), not the IP's.
    expect(limited.headers.get('RateLimit-Policy')).toBe('2;w=900');
    expect(limited.headers.get('RateLimit-Limit')).toBe('2');
    expect(limited.headers.get('RateLimit-Remaining')).toBe('0');
    // One failure comes back every 450 s.
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(400);
    expect(Number(limited.headers.get('Retry-After'))).toBeLessThanOrEqual(450);
    // Even the right password waits on that address: the limit is checked before the password.
    await expectProblem(await login(limits, user.email, PASSWORD, '203.0.113.1'), 429);
    // The owner of the account, elsewhere, is not locked out by someone else's guesses.
    expect((await login(limits, user.email, PASSWORD, '203.0.113.2')).status).toBe(200);
  });

  it('does not count successful sign-ins', async () => {
    const user = await signUp();
    const limits = { LOGIN_RATE_LIMIT: '2', LOGIN_EMAIL_RATE_LIMIT: '2' };
    for (let i = 0; i < 3; i++) expect((await login(limits, user.email, PASSWORD, '203.0.113.5')).status).toBe(200);
    await expectProblem(await login(limits, user.email, 'wrong password', '203.0.113.5'), 401);
    await expectProblem(await login(limits, user.email, 'wrong password', '203.0.113.5'), 401);
    await expectProblem(await login(limits, user.email, 'wrong password', '203.0.113.5'), 429);
  });

  it('slows failures against one email from many addresses under a higher ceiling', async () => {
    const user = await signUp();
    const limits = { LOGIN_RATE_LIMIT: '2', LOGIN_EMAIL_RATE_LIMIT: '3' };
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
      await expectProblem(await login(limits, user.email, 'wrong password', ip), 401);
    }
    const limited = await login(limits, user.email, 'wrong password', '198.51.100.4');
    await expectProblem(limited, 429);
    expect(limited.headers.get('RateLimit-Policy')).toBe('3;w=900');
    // A slow-down: the next attempt is let through once one failure has drained (300 s here).
    expect(Number(limited.headers.get('Retry-After'))).toBeLessThanOrEqual(300);
    // A refused attempt spends nothing: the bucket of that email and address is still full.
    const key = `login:email-ip:${user.email}:198.51.100.4`;
    const pair = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(key));
    expect((await pair.take(key, { limit: 2, periodSeconds: 900 })).remaining).toBe(1);
  });

  it('limits attempts per IP address across emails', async () => {
    const limits = { LOGIN_IP_RATE_LIMIT: '2' };
    const attempt = () => login(limits, uniqueEmail(), 'whatever it is', '198.51.100.7');
    await expectProblem(await attempt(), 401);
    await expectProblem(await attempt(), 401);
    const limited = await attempt();
    await expectProblem(limited, 429);
    expect(limited.headers.get('RateLimit-Policy')).toBe('2;w=900');
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
