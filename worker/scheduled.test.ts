import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, signUp } from '../test/factories';
import { CRONS, handleScheduled } from './scheduled';

const count = async (sql: string, ...binds: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...binds)
      .first<{ n: number }>()
  )?.n;

async function run(cron: string, at = Date.now()) {
  const ctx = createExecutionContext();
  await handleScheduled(createScheduledController({ cron, scheduledTime: at }), env, ctx);
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

  it('keeps everything when nothing has expired', async () => {
    const user = await signUp();
    await run(CRONS.daily);
    expect(await count('SELECT count(*) AS n FROM refresh_tokens WHERE user_id = ?', user.id)).toBe(1);
  });

  it('runs nothing for a cron it does not know, and does not throw', async () => {
    await expect(run('5 5 5 5 5')).resolves.toBeUndefined();
  });
});
