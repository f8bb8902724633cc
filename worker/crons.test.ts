import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, signUp } from '../test/factories';
import { CRONS } from './core/crons';
import worker from './index';

const count = async (sql: string, ...binds: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...binds)
      .first<{ n: number }>()
  )?.n;

async function run(cron: string, at = Date.now()) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron, scheduledTime: at }), env, ctx);
  await waitOnExecutionContext(ctx);
}

describe('daily clean-up', () => {
  it('forgets expired and long-revoked sessions and stale idempotency records, and nothing else', async () => {
    const user = await signUp();
    await call('/api/v1/auth/logout', { method: 'POST', cookie: user.cookie });
    const live = await signUp();
    await call('/api/v1/workspaces', {
      token: live.token,
      body: { name: 'W' },
      headers: { 'Idempotency-Key': 'fresh' },
    });
    await env.DB.prepare(
      "INSERT INTO idempotency_keys (scope, key, request_hash, status, body, created_at) VALUES ('s', 'old', 'h', 201, '{}', ?)",
    )
      .bind(Date.now() - 2 * 86_400_000)
      .run();

    // Eight days on, the revoked session is old enough to forget; the live one is not expired yet.
    await run(CRONS.daily, Date.now() + 8 * 86_400_000);
    expect(await count('SELECT count(*) AS n FROM refresh_tokens WHERE user_id = ?', user.id)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM refresh_tokens WHERE user_id = ?', live.id)).toBe(1);
    expect(await count("SELECT count(*) AS n FROM idempotency_keys WHERE key = 'old'")).toBe(0);
    // Relative to the simulated day, "fresh" is two days old too: it goes as well.
    expect(await count("SELECT count(*) AS n FROM idempotency_keys WHERE key = 'fresh'")).toBe(0);
  });

  it('forgets expired AI answers and AI usage older than thirteen months, keeping the rest', async () => {
    const user = await signUp();
    const now = Date.now();
    const cache = env.DB.prepare(
      "INSERT INTO ai_cache (workspace_id, prompt, input_hash, output, provider, model, created_at, expires_at) VALUES (?, 'p@1', ?, '{}', 'openai', 'm', ?, ?)",
    );
    await cache.bind(user.workspaceId, 'expired', now - 2 * 86_400_000, now - 1000).run();
    await cache.bind(user.workspaceId, 'live', now, now + 86_400_000).run();
    const usage = env.DB.prepare(
      "INSERT INTO ai_usage (id, workspace_id, provider, model, prompt, input_tokens, output_tokens, latency_ms, outcome, created_at) VALUES (?, ?, 'openai', 'm', 'p@1', 1, 1, 1, 'ok', ?)",
    );
    await usage.bind('aiu_old', user.workspaceId, now - 400 * 86_400_000).run();
    await usage.bind('aiu_recent', user.workspaceId, now - 300 * 86_400_000).run();
    await run(CRONS.daily);
    expect(await count("SELECT count(*) AS n FROM ai_cache WHERE input_hash = 'expired'")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM ai_cache WHERE input_hash = 'live'")).toBe(1);
    expect(await count("SELECT count(*) AS n FROM ai_usage WHERE id = 'aiu_old'")).toBe(0);
    expect(await count("SELECT count(*) AS n FROM ai_usage WHERE id = 'aiu_recent'")).toBe(1);
  });

  it('keeps everything when nothing has expired', async () => {
    const user = await signUp();
    await run(CRONS.daily);
    expect(await count('SELECT count(*) AS n FROM refresh_tokens WHERE user_id = ?', user.id)).toBe(1);
  });

  it('runs nothing for a cron it does not know, and does not throw', async () => {
    await expect(run('5 5 5 5 5')).resolves.toBeUndefined();
  });
});
