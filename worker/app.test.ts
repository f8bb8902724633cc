import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { call, expectProblem, json, signUp } from '../test/factories';
import { openApi, operations } from '../test/openapi';
import app from './app';

function callWith(bindings: Partial<Env>, path: string, init: RequestInit = {}) {
  return app.request(`https://crowsnest.test${path}`, init, { ...env, ...bindings }, createExecutionContext());
}

const brokenDb = {
  prepare: () => {
    throw new Error('D1_ERROR: database is on fire at 10.0.0.3');
  },
  batch: () => Promise.reject(new Error('D1_ERROR: database is on fire at 10.0.0.3')),
} as unknown as D1Database;

describe('health', () => {
  it('answers ok when D1, R2 and the queue binding answer', async () => {
    const res = await call('/api/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { db: 'ok', storage: 'ok', queue: 'ok' } });
  });

  it('answers degraded with 503 when one does not', async () => {
    const res = await callWith({ DB: brokenDb }, '/api/v1/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'degraded', checks: { db: 'error', storage: 'ok', queue: 'ok' } });
  });
});

describe('conventions on every answer', () => {
  it('carries a request id of its own, never the one the caller sent', async () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const generated = await call('/api/v1/health');
    expect(generated.headers.get('X-Request-Id')).toMatch(uuid);
    // A caller's id would let it forge or collide with log lines and audit entries of others.
    const chosen = crypto.randomUUID();
    const sent = await call('/api/v1/health', { headers: { 'X-Request-Id': chosen } });
    expect(sent.headers.get('X-Request-Id')).toMatch(uuid);
    expect(sent.headers.get('X-Request-Id')).not.toBe(chosen);
    const problem = await expectProblem(await call('/api/v1/nope', { headers: { 'X-Request-Id': 'trace-404' } }), 404);
    expect(problem.requestId).toMatch(uuid);
  });

  it('sets security headers on API answers', async () => {
    for (const res of [await call('/api/v1/health'), await call('/api/v1/me')]) {
      expect(res.headers.get('Content-Security-Policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
      expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    }
  });

  it('hides the cause of a server error and says only that it happened', async () => {
    const user = await signUp();
    const res = await callWith({ DB: brokenDb }, '/api/v1/me', { headers: { Authorization: `Bearer ${user.token}` } });
    const text = await res.clone().text();
    const problem = await expectProblem(res, 500);
    expect(problem.type).toMatch(/internal$/);
    expect(text).not.toMatch(/fire|10\.0\.0\.3|D1_ERROR|at /);
  });
});

describe('request log', () => {
  it('writes one JSON line per request with method, path, status, duration, request id and workspace', async () => {
    const user = await signUp();
    const lines: unknown[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: unknown) => {
      lines.push(line);
    });
    let answered: string | null = null;
    try {
      const res = await callWith({}, `/api/v1/workspaces/${user.workspaceId}/members?limit=5`, {
        headers: { Authorization: `Bearer ${user.token}`, 'X-Request-Id': 'log-check-1' },
      });
      answered = res.headers.get('X-Request-Id');
    } finally {
      spy.mockRestore();
    }
    const requests = lines.map((line) => JSON.parse(String(line))).filter((entry) => entry.msg === 'request');
    expect(requests).toEqual([
      {
        level: 'info',
        msg: 'request',
        method: 'GET',
        path: `/api/v1/workspaces/${user.workspaceId}/members`,
        status: 200,
        ms: expect.any(Number),
        requestId: answered,
        workspaceId: user.workspaceId,
        principal: user.id,
      },
    ]);
    expect(answered).not.toBe('log-check-1');
  });
});

describe('CORS', () => {
  it('allows only the configured origins, with credentials', async () => {
    const allowed = { ALLOWED_ORIGINS: 'https://app.example.com, https://admin.example.com' };
    const preflight = await callWith(allowed, '/api/v1/me', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://admin.example.com',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://admin.example.com');
    expect(preflight.headers.get('Access-Control-Allow-Credentials')).toBe('true');
    const foreign = await callWith(allowed, '/api/v1/health', { headers: { Origin: 'https://evil.example' } });
    expect(foreign.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const none = await call('/api/v1/health', { headers: { Origin: 'https://app.example.com' } });
    expect(none.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('OpenAPI', () => {
  it('publishes an OpenAPI 3.1 document of every route, with summaries, tags and auth', async () => {
    const doc = await openApi();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThanOrEqual(30);
    for (const { key, op } of ops) {
      const o = op as typeof op & { summary?: string; tags?: string[] };
      expect(o.summary, key).toBeTruthy();
      expect(o.tags?.length, key).toBeGreaterThan(0);
    }
    for (const key of [
      'POST /api/v1/auth/signup',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/refresh',
      'POST /api/v1/auth/logout',
      'GET /api/v1/me',
      'GET /api/v1/health',
    ]) {
      expect(ops.map((o) => o.key)).toContain(key);
    }
  });

  it('serves the docs page under a CSP that allows only its own scripts', async () => {
    const res = await call('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(res.headers.get('Content-Security-Policy')).toMatch(/script-src 'self';/);
    const html = await res.text();
    expect(html).toContain('data-spec="/api/v1/openapi.json"');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
  });
});

describe('workspaces', () => {
  it('creates, lists, renames and deletes workspaces, with everything in them', async () => {
    const user = await signUp();
    const created = await json<{ id: string; role: string }>(
      await call('/api/v1/workspaces', { token: user.token, body: { name: 'Second' } }),
    );
    expect(created.role).toBe('owner');
    const list = await json<{ items: { id: string }[] }>(await call('/api/v1/workspaces', { token: user.token }));
    expect(list.items.map((w) => w.id)).toEqual([user.workspaceId, created.id]);
    const renamed = await call(`/api/v1/workspaces/${created.id}`, {
      method: 'PATCH',
      token: user.token,
      body: { name: 'Renamed' },
    });
    expect(await json(renamed)).toMatchObject({ name: 'Renamed' });
    expect((await call(`/api/v1/workspaces/${created.id}`, { method: 'DELETE', token: user.token })).status).toBe(204);
    await expectProblem(await call(`/api/v1/workspaces/${created.id}`, { token: user.token }), 404);
    const left = await env.DB.prepare('SELECT count(*) AS n FROM memberships WHERE workspace_id = ?')
      .bind(created.id)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
  });
});
