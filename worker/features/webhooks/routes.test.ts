import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, type TestUser } from '../../../test/factories';
import { seedMembership, seedOwner, seedUser } from '../../../test/seed';
import { fixtureHookUrl } from '../../../test/seed-publishing';
import { systemContext } from '../../core/context';
import { verifyWebhook } from '../../lib/webhook-signature';
import { WEBHOOK_EXPORTS } from './export';

interface Hook {
  id: string;
  url: string;
  events: string[];
  active: boolean;
  description: string | null;
  disabledReason: string | null;
  secret?: string;
}
interface Delivery {
  id: string;
  type: string;
  status: string;
  attempts: number;
  statusCode: number | null;
  responseMs: number | null;
  nextAttemptAt: string | null;
}

const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}/webhooks${path}`;

async function addHook(user: TestUser, body: Record<string, unknown>): Promise<Hook> {
  const res = await call(ws(user, ''), { token: user.token, body });
  expect(res.status, await res.clone().text()).toBe(201);
  return json<Hook>(res);
}

/** What the fixture receiver took at `url` (once per Idempotency-Key) and how many requests came. */
async function received(url: string) {
  const res = await fetch(`${url}/__received`);
  return json<{ requests: number; deliveries: { key: string | null; signature: string | null; body: string }[] }>(res);
}

describe('workspace webhooks: the API', () => {
  it('adds a webhook with its secret shown once, lists, reads, changes and deletes it', async () => {
    const owner = await seedOwner();
    const url = fixtureHookUrl();
    const created = await addHook(owner, {
      url,
      events: ['post.target_published', 'job.failed', 'job.failed'],
      description: 'Our CMS',
    });
    expect(created).toMatchObject({
      url,
      events: ['post.target_published', 'job.failed'],
      active: true,
      description: 'Our CMS',
      disabledReason: null,
    });
    expect(created.secret).toMatch(/^whsec_.{20,}$/);
    // Sealed at rest, not the secret itself.
    const stored = await env.DB.prepare('SELECT secret FROM webhooks WHERE id = ?')
      .bind(created.id)
      .first<string>('secret');
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(created.secret ?? '-');

    const read = await json<Hook>(await call(ws(owner, `/${created.id}`), { token: owner.token }));
    expect(read).not.toHaveProperty('secret');
    const list = await json<{ items: Hook[] }>(await call(ws(owner, ''), { token: owner.token }));
    expect(list.items.map((h) => h.id)).toEqual([created.id]);
    expect(JSON.stringify(list)).not.toContain(created.secret ?? '-');

    // The export carries the webhook, never its secret, sealed or not.
    const section = WEBHOOK_EXPORTS.find((s) => s.key === 'webhooks');
    if (!section) throw new Error('no webhooks export section');
    const rows = (await section.read(
      systemContext(env, () => {}),
      owner.workspaceId,
    )) as AsyncIterable<unknown>;
    const exported: unknown[] = [];
    for await (const row of rows) exported.push(row);
    expect(exported).toEqual([expect.objectContaining({ id: created.id, url })]);
    expect(JSON.stringify(exported)).not.toMatch(/"secret"|v1\.|whsec_/);

    const patched = await call(ws(owner, `/${created.id}`), {
      method: 'PATCH',
      token: owner.token,
      body: { events: ['*'], description: null, active: false },
    });
    expect(await json<Hook>(patched)).toMatchObject({ events: ['*'], description: null, active: false });

    expect((await call(ws(owner, `/${created.id}`), { method: 'DELETE', token: owner.token })).status).toBe(204);
    await expectProblem(await call(ws(owner, `/${created.id}`), { token: owner.token }), 404);
    const audit = await json<{ items: { action: string }[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/audit?limit=10`, { token: owner.token }),
    );
    expect(audit.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['webhook.created', 'webhook.updated', 'webhook.deleted']),
    );
  });

  it('refuses an http URL (but for allowed local hosts), private addresses and unknown events, naming the field', async () => {
    const owner = await seedOwner();
    const refused = async (body: Record<string, unknown>, path: string, message: RegExp) => {
      const problem = await expectProblem(await call(ws(owner, ''), { token: owner.token, body }), 400);
      expect(problem.errors).toEqual([{ path, message: expect.stringMatching(message) }]);
    };
    await refused({ url: 'http://hooks.public.test/in', events: ['*'] }, 'url', /must start with https/);
    await refused({ url: 'https://hooks.private.test/in', events: ['*'] }, 'url', /private or reserved/);
    await refused({ url: 'https://169.254.169.254/latest', events: ['*'] }, 'url', /private or reserved/);
    await refused({ url: 'ftp://hooks.public.test/in', events: ['*'] }, 'url', /https/);
    await refused({ url: 'https://hooks.public.test/in', events: ['post.published'] }, 'events.0', /Use one of/);
    await refused({ url: 'https://hooks.public.test/in', events: [] }, 'events', /at least one/);
    // https to a public address passes; so does http to the fixture host (OUTBOUND_ALLOW_HOSTS).
    expect((await addHook(owner, { url: 'https://hooks.public.test/in', events: ['*'] })).active).toBe(true);
    const hook = await addHook(owner, { url: fixtureHookUrl(), events: ['job.failed'] });
    const badPatch = await call(ws(owner, `/${hook.id}`), {
      method: 'PATCH',
      token: owner.token,
      body: { url: 'http://hooks.public.test/in' },
    });
    expect((await expectProblem(badPatch, 400)).errors).toEqual([
      { path: 'url', message: expect.stringMatching(/https/) },
    ]);
    const page = await json<{ items: unknown[] }>(await call(ws(owner, ''), { token: owner.token }));
    expect(page.items).toHaveLength(2);
  });

  it('sends a webhook.test event now: 202 with the delivery id, signed, logged with its answer', async () => {
    const owner = await seedOwner();
    const url = fixtureHookUrl();
    const hook = await addHook(owner, { url, events: ['job.failed'] });
    const res = await call(ws(owner, `/${hook.id}/test`), { method: 'POST', token: owner.token });
    expect(res.status).toBe(202);
    const { deliveryId } = await json<{ deliveryId: string }>(res);
    await expect.poll(async () => (await received(url)).deliveries.length, { timeout: 10_000 }).toBe(1);
    const [got] = (await received(url)).deliveries;
    expect(got?.key).toBe(deliveryId);
    const body = JSON.parse(got?.body ?? '{}') as Record<string, unknown>;
    expect(body).toMatchObject({ type: 'webhook.test', workspaceId: owner.workspaceId, data: { webhookId: hook.id } });
    expect(Object.keys(body).sort()).toEqual(['createdAt', 'data', 'id', 'type', 'workspaceId']);
    // What a receiver does: verify the signature with the secret it was shown once.
    expect(await verifyWebhook(hook.secret ?? '', got?.body ?? '', got?.signature ?? '')).toBe(true);
    expect(await verifyWebhook('whsec_wrong', got?.body ?? '', got?.signature ?? '')).toBe(false);
    expect(await verifyWebhook(hook.secret ?? '', `${got?.body} `, got?.signature ?? '')).toBe(false);

    await expect
      .poll(async () => {
        const log = await json<{ items: Delivery[] }>(
          await call(ws(owner, `/${hook.id}/deliveries`), { token: owner.token }),
        );
        return log.items[0]?.status;
      })
      .toBe('delivered');
    const log = await json<{ items: Delivery[] }>(
      await call(ws(owner, `/${hook.id}/deliveries`), { token: owner.token }),
    );
    expect(log.items).toEqual([
      expect.objectContaining({
        id: deliveryId,
        type: 'webhook.test',
        status: 'delivered',
        attempts: 1,
        statusCode: 200,
        responseMs: expect.any(Number),
        nextAttemptAt: null,
      }),
    ]);
  });

  it('keeps webhooks to admins: an editor may not add, read or test one', async () => {
    const owner = await seedOwner();
    const editor = await seedMembership(owner, await seedUser(owner.workspaceId), 'editor');
    await expectProblem(await call(ws(editor, ''), { token: editor.token }), 403);
    await expectProblem(
      await call(ws(editor, ''), { token: editor.token, body: { url: fixtureHookUrl(), events: ['*'] } }),
      403,
    );
  });
});
