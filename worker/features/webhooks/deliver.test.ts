import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, json, type TestUser } from '../../../test/factories';
import { deliver } from '../../../test/queue';
import { seedOwner } from '../../../test/seed';
import { fixtureHookUrl } from '../../../test/seed-publishing';
import { systemContext } from '../../core/context';
import { verifyWebhook } from '../../lib/webhook-signature';
import { MAX_ATTEMPTS } from './backoff';
import { emitWorkspaceEvent } from './emit';
import { DISABLE_AFTER_FAILED_DELIVERIES } from './health';
import { OVERDUE_AFTER_MS, sweepPendingDeliveries } from './sweep';

interface Delivery {
  id: string;
  status: string;
  attempts: number;
  statusCode: number | null;
  error: string | null;
  nextAttemptAt: string | null;
  log: { attempt: number; statusCode: number | null; error: string | null; responseMs: number }[];
}

/**
 * A DELIVER queue that keeps what is sent to it: the test plays the queue, handing each message
 * to the Worker's queue handler itself, so waits of minutes are checked rather than waited for.
 */
function heldQueue() {
  const sent: { body: unknown; delaySeconds: number }[] = [];
  const queue = {
    send: async (body: unknown, options?: { delaySeconds?: number }) => {
      sent.push({ body, delaySeconds: options?.delaySeconds ?? 0 });
    },
    sendBatch: async (messages: Iterable<{ body: unknown; delaySeconds?: number }>) => {
      for (const m of messages) sent.push({ body: m.body, delaySeconds: m.delaySeconds ?? 0 });
    },
  } as unknown as Queue;
  return {
    sent,
    bindings: { DELIVER: queue },
    ctx: systemContext({ ...env, DELIVER: queue }, () => {}),
    /** Hands the oldest held message to the consumer; answers its delay. */
    async next() {
      const message = sent.shift();
      if (!message) throw new Error('no message held');
      await deliver('crowsnest-deliver', message.body, 1, { DELIVER: queue });
      return message.delaySeconds;
    },
  };
}

const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}/webhooks${path}`;

async function addHook(user: TestUser, url: string, events: string[] = ['*']) {
  const res = await call(ws(user, ''), { token: user.token, body: { url, events } });
  expect(res.status).toBe(201);
  return json<{ id: string; secret: string }>(res);
}

async function deliveries(user: TestUser, hookId: string): Promise<Delivery[]> {
  return (await json<{ items: Delivery[] }>(await call(ws(user, `/${hookId}/deliveries`), { token: user.token })))
    .items;
}

async function hook(user: TestUser, hookId: string) {
  return json<{
    active: boolean;
    disabledReason: string | null;
    consecutiveFailures: number;
    failingSince: string | null;
  }>(await call(ws(user, `/${hookId}`), { token: user.token }));
}

async function received(url: string) {
  return json<{ requests: number; deliveries: { key: string; signature: string; body: string }[] }>(
    await fetch(`${url}/__received`),
  );
}

describe('webhook deliveries', () => {
  it('records a delivery for each active subscribed webhook of the workspace, in one batch, and queues each', async () => {
    const owner = await seedOwner();
    const other = await seedOwner();
    const subscribed = [];
    // More webhooks than one insert statement holds under D1's 100 parameters.
    for (let i = 0; i < 10; i++)
      subscribed.push(await addHook(owner, fixtureHookUrl(), i % 2 ? ['*'] : ['job.failed']));
    await addHook(owner, fixtureHookUrl(), ['post.target_published']);
    const off = await addHook(owner, fixtureHookUrl(), ['*']);
    await call(ws(owner, `/${off.id}`), { method: 'PATCH', token: owner.token, body: { active: false } });
    await addHook(other, fixtureHookUrl(), ['*']);

    const queue = heldQueue();
    const ids = await emitWorkspaceEvent(queue.ctx, owner.workspaceId, 'job.failed', { jobId: 'job_1', error: 'x' });
    expect(ids).toHaveLength(10);
    expect(queue.sent.map((m) => (m.body as { deliveryId: string }).deliveryId).sort()).toEqual([...ids].sort());
    const rows = await env.DB.prepare(
      `SELECT webhook_id, event_id, payload, status FROM webhook_deliveries WHERE workspace_id = ?`,
    )
      .bind(owner.workspaceId)
      .all<{ webhook_id: string; event_id: string; payload: string; status: string }>();
    expect(rows.results.map((r) => r.webhook_id).sort()).toEqual(subscribed.map((h) => h.id).sort());
    expect(new Set(rows.results.map((r) => r.event_id)).size).toBe(1);
    expect(rows.results.every((r) => r.status === 'pending')).toBe(true);
    expect(JSON.parse(rows.results[0]?.payload ?? '{}')).toEqual({
      id: rows.results[0]?.event_id,
      type: 'job.failed',
      createdAt: expect.any(String),
      workspaceId: owner.workspaceId,
      data: { jobId: 'job_1', error: 'x' },
    });
    expect(await emitWorkspaceEvent(queue.ctx, owner.workspaceId, 'account.reauth_required', {})).toHaveLength(5);
  });

  it('retries a receiver answering 500 with growing, jittered waits, then delivers once, each attempt logged', async () => {
    const owner = await seedOwner();
    const url = `${fixtureHookUrl()}?status=500&fail=2`;
    const created = await addHook(owner, url);
    const queue = heldQueue();
    const [id] = await emitWorkspaceEvent(queue.ctx, owner.workspaceId, 'post.target_published', { postId: 'p1' });

    expect(await queue.next()).toBe(0);
    let [delivery] = await deliveries(owner, created.id);
    expect(delivery).toMatchObject({ id, status: 'pending', attempts: 1, statusCode: 500 });
    expect(delivery?.error).toMatch(/answered 500/);
    const first = queue.sent[0]?.delaySeconds ?? 0;
    // A minute, ±20 %; the next attempt is when the log says.
    expect(first).toBeGreaterThanOrEqual(48);
    expect(first).toBeLessThanOrEqual(72);
    expect(Date.parse(delivery?.nextAttemptAt ?? '') - Date.now()).toBeGreaterThan(40_000);

    await queue.next();
    const second = queue.sent[0]?.delaySeconds ?? 0;
    expect(second).toBeGreaterThanOrEqual(192);
    expect(second).toBeLessThanOrEqual(288);
    expect((await hook(owner, created.id)).failingSince).not.toBeNull();

    await queue.next();
    expect(queue.sent).toEqual([]);
    [delivery] = await deliveries(owner, created.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 3, statusCode: 200, nextAttemptAt: null });
    expect(delivery?.log.map((a) => [a.attempt, a.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
    for (const attempt of delivery?.log ?? []) expect(attempt.responseMs).toBeGreaterThanOrEqual(0);
    // Healthy again: the streak is over.
    expect(await hook(owner, created.id)).toMatchObject({ failingSince: null, consecutiveFailures: 0 });
    const got = await received(url.split('?')[0] ?? '');
    expect(got.requests).toBe(3);
    expect(got.deliveries).toHaveLength(1);
    expect(got.deliveries[0]?.key).toBe(id);
    expect(await verifyWebhook(created.secret, got.deliveries[0]?.body ?? '', got.deliveries[0]?.signature ?? '')).toBe(
      true,
    );
  });

  it(`gives a delivery up after ${MAX_ATTEMPTS} attempts, and disables a webhook whose last ${DISABLE_AFTER_FAILED_DELIVERIES} deliveries failed`, async () => {
    const owner = await seedOwner();
    const url = `${fixtureHookUrl()}?status=503`;
    const created = await addHook(owner, url);
    const queue = heldQueue();
    const failAll = async () => {
      while (queue.sent.length > 0) await queue.next();
    };
    for (let i = 0; i < DISABLE_AFTER_FAILED_DELIVERIES - 1; i++) {
      await emitWorkspaceEvent(queue.ctx, owner.workspaceId, 'job.failed', { n: i });
    }
    await failAll();
    const log = await deliveries(owner, created.id);
    expect(log).toHaveLength(DISABLE_AFTER_FAILED_DELIVERIES - 1);
    expect(log.every((d) => d.status === 'failed' && d.attempts === MAX_ATTEMPTS && d.nextAttemptAt === null)).toBe(
      true,
    );
    expect(await hook(owner, created.id)).toMatchObject({
      active: true,
      consecutiveFailures: DISABLE_AFTER_FAILED_DELIVERIES - 1,
    });

    await emitWorkspaceEvent(queue.ctx, owner.workspaceId, 'job.failed', { n: 'last' });
    await failAll();
    const disabled = await hook(owner, created.id);
    expect(disabled.active).toBe(false);
    expect(disabled.disabledReason).toMatch(/last 20 deliveries all failed/);
    const audit = await json<{ items: { action: string; metadata: { reason: string } }[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/audit?action=webhook.disabled`, { token: owner.token }),
    );
    expect(audit.items.filter((e) => e.action === 'webhook.disabled')).toHaveLength(1);
    // Nothing more is sent to it…
    expect(await emitWorkspaceEvent(queue.ctx, owner.workspaceId, 'job.failed', {})).toEqual([]);
    expect((await received(url.split('?')[0] ?? '')).requests).toBe(DISABLE_AFTER_FAILED_DELIVERIES * MAX_ATTEMPTS);
    // …until a person turns it on again, which clears its failures.
    const enabled = await call(ws(owner, `/${created.id}`), {
      method: 'PATCH',
      token: owner.token,
      body: { active: true },
    });
    expect(await json(enabled)).toMatchObject({
      active: true,
      disabledReason: null,
      consecutiveFailures: 0,
      failingSince: null,
    });
    expect(await emitWorkspaceEvent(queue.ctx, owner.workspaceId, 'job.failed', {})).toHaveLength(1);
  }, 60_000);

  it('disables a webhook that has failed every attempt for a day, and fails its waiting deliveries', async () => {
    const owner = await seedOwner();
    const created = await addHook(owner, `${fixtureHookUrl()}?status=500`);
    await env.DB.prepare('UPDATE webhooks SET failing_since = ? WHERE id = ?')
      .bind(Date.now() - 25 * 60 * 60 * 1000, created.id)
      .run();
    const queue = heldQueue();
    await emitWorkspaceEvent(queue.ctx, owner.workspaceId, 'job.failed', { n: 1 });
    await emitWorkspaceEvent(queue.ctx, owner.workspaceId, 'job.failed', { n: 2 });
    await queue.next();
    const disabled = await hook(owner, created.id);
    expect(disabled.active).toBe(false);
    expect(disabled.disabledReason).toMatch(/every delivery has failed since/);
    // The first delivery's retry and the second delivery, now for a disabled webhook: failed, not sent.
    while (queue.sent.length > 0) await queue.next();
    const log = await deliveries(owner, created.id);
    expect(log.map((d) => [d.status, d.attempts])).toEqual([
      ['failed', 0],
      ['failed', 1],
    ]);
  });

  it('queues again, once, a pending delivery whose message was lost, and leaves ones still waiting', async () => {
    const owner = await seedOwner();
    await addHook(owner, fixtureHookUrl());
    const queue = heldQueue();
    const [lost = ''] = await emitWorkspaceEvent(queue.ctx, owner.workspaceId, 'job.succeeded', { n: 1 });
    const [waiting = ''] = await emitWorkspaceEvent(queue.ctx, owner.workspaceId, 'job.succeeded', { n: 2 });
    queue.sent.length = 0;
    const now = Date.now();
    const due = env.DB.prepare('UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ?');
    await env.DB.batch([due.bind(now - OVERDUE_AFTER_MS - 1000, lost), due.bind(now - 60_000, waiting)]);
    await sweepPendingDeliveries(queue.ctx, new Date(now));
    expect(queue.sent.map((m) => (m.body as { deliveryId: string }).deliveryId)).toEqual([lost]);
    await sweepPendingDeliveries(queue.ctx, new Date(now));
    expect(queue.sent).toHaveLength(1);
    await queue.next();
    expect((await deliveries(owner, (await hookOf(lost)) ?? '')).find((d) => d.id === lost)?.status).toBe('delivered');
  });
});

async function hookOf(deliveryId: string) {
  return env.DB.prepare('SELECT webhook_id FROM webhook_deliveries WHERE id = ?')
    .bind(deliveryId)
    .first<string>('webhook_id');
}
