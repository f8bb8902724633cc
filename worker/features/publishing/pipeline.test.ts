import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, signUp, type TestUser } from '../../../test/factories';
import { MASTODON_TOKEN, mastodonInstance } from '../../../test/mastodon';
import { systemContext } from '../../core/context';
import { verifyWebhook } from '../../lib/webhook-signature';
import { claimDueTargets, STUCK_AFTER_MS, sweepStuckTargets } from './claim';

interface Target {
  id: string;
  status: string;
  externalId: string | null;
  url: string | null;
  error: string | null;
  events: { status: string; reason: string | null }[];
}
interface PostBody {
  id: string;
  status: string;
  targets: Target[];
}

const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}${path}`;

async function connectMastodon(user: TestUser, url: string) {
  const res = await call(ws(user, '/accounts'), {
    method: 'POST',
    token: user.token,
    body: { platform: 'mastodon', instanceUrl: url, accessToken: MASTODON_TOKEN },
  });
  expect(res.status).toBe(201);
  return json<{ id: string; platform: string; status: string; limits: { maxChars: number } }>(res);
}

async function createPost(user: TestUser, body: Record<string, unknown>) {
  return call(ws(user, '/posts'), { method: 'POST', token: user.token, body });
}

async function post(user: TestUser, id: string): Promise<PostBody> {
  return json<PostBody>(await call(ws(user, `/posts/${id}`), { token: user.token }));
}

/** Changes the instance's character limit after the account was connected: the platform, not Crowsnest, refuses. */
function allowCharacters(server: ReturnType<typeof mastodonInstance>, maxCharacters: number) {
  return server.control({
    statuses: { max_characters: maxCharacters, max_media_attachments: 4, characters_reserved_per_url: 23 },
  });
}

/** Waits until every target of the post has settled (the publish consumer runs in the background). */
async function settledPost(user: TestUser, id: string): Promise<PostBody> {
  await expect
    .poll(async () => (await post(user, id)).targets.every((t) => !['queued', 'publishing'].includes(t.status)), {
      timeout: 15_000,
    })
    .toBe(true);
  return post(user, id);
}

/** Publishing waits for the queue, and a lost answer for the outbound timeout (4 s in tests). */
describe('publishing pipeline', { timeout: 45_000 }, () => {
  it('publishes now to Mastodon, once, with its timeline, audit entries and address', async () => {
    const user = await signUp();
    const server = mastodonInstance();
    const account = await connectMastodon(user, server.url);
    expect(account).toMatchObject({ platform: 'mastodon', status: 'active', limits: { maxChars: 500 } });
    const res = await createPost(user, {
      body: 'Hello from Crowsnest',
      targets: [{ accountId: account.id }],
      publishNow: true,
    });
    expect(res.status).toBe(201);
    const created = await json<PostBody>(res);
    const done = await settledPost(user, created.id);
    const [target] = done.targets;
    expect(target?.status).toBe('published');
    expect(target?.url).toMatch(/^http/);
    expect(target?.events.map((e) => e.status)).toEqual(['scheduled', 'queued', 'publishing', 'published']);
    expect((await server.created()).count).toBe(1);
    const audit = await json<{ items: { action: string }[] }>(
      await call(ws(user, '/audit?limit=20'), { token: user.token }),
    );
    expect(audit.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['post.created', 'post.target_queued', 'post.target_published', 'account.connected']),
    );
  });

  it("tells the workspace's webhooks of each state, signed, failures included", async () => {
    const user = await signUp();
    const server = mastodonInstance();
    const account = await connectMastodon(user, server.url);
    const receiver = `${env.FIXTURE_ORIGIN}/hooks/${crypto.randomUUID()}`;
    const hook = await call(ws(user, '/webhooks'), {
      token: user.token,
      body: { url: receiver, events: ['post.target_published', 'post.target_failed'] },
    });
    expect(hook.status).toBe(201);
    const { secret } = await json<{ secret: string }>(hook);
    const ok = await json<PostBody>(
      await createPost(user, { body: 'tell the hooks', targets: [{ accountId: account.id }], publishNow: true }),
    );
    expect((await settledPost(user, ok.id)).targets[0]?.status).toBe('published');
    await allowCharacters(server, 5);
    const bad = await json<PostBody>(
      await createPost(user, { body: 'too long now', targets: [{ accountId: account.id }], publishNow: true }),
    );
    expect((await settledPost(user, bad.id)).targets[0]?.status).toBe('failed');
    const received = async () =>
      (await (await fetch(`${receiver}/__received`)).json()) as {
        deliveries: { signature: string | null; body: string }[];
      };
    await expect.poll(async () => (await received()).deliveries.length, { timeout: 15_000 }).toBe(2);
    const { deliveries } = await received();
    const events = deliveries.map(
      (d) => JSON.parse(d.body) as { type: string; data: { postId: string; reason: string | null } },
    );
    expect(events.map((e) => [e.type, e.data.postId])).toEqual(
      expect.arrayContaining([
        ['post.target_published', ok.id],
        ['post.target_failed', bad.id],
      ]),
    );
    expect(events.find((e) => e.type === 'post.target_failed')?.data.reason).toMatch(/character limit/);
    for (const delivery of deliveries) {
      expect(await verifyWebhook(secret, delivery.body, delivery.signature ?? '')).toBe(true);
    }
  });

  it('publishes a thread in order, each part replying to the one before', async () => {
    const user = await signUp();
    const server = mastodonInstance();
    const account = await connectMastodon(user, server.url);
    const created = await json<PostBody>(
      await createPost(user, {
        body: 'one',
        thread: [{ body: 'two' }, { body: 'three' }],
        targets: [{ accountId: account.id }],
        publishNow: true,
      }),
    );
    expect((await settledPost(user, created.id)).targets[0]?.status).toBe('published');
    const { statuses } = await server.created();
    expect(statuses.map((s) => s.in_reply_to_id)).toEqual([null, statuses[0]?.id, statuses[1]?.id]);
  });

  it('refuses at scheduling a post a target cannot take, with the reason per target, and writes nothing', async () => {
    const user = await signUp();
    const server = mastodonInstance();
    const account = await connectMastodon(user, server.url);
    const res = await createPost(user, {
      body: 'x'.repeat(501),
      targets: [{ accountId: account.id }, { accountId: 'acc_nope' }],
      scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    const problem = await expectProblem(res, 400);
    expect(problem.errors).toEqual([
      { path: 'body', message: expect.stringMatching(/at most 500 characters; this is 501/) },
      { path: 'targets[1].accountId', message: 'No such account in this workspace.' },
    ]);
    const page = await json<{ items: unknown[] }>(await call(ws(user, '/posts'), { token: user.token }));
    expect(page.items).toEqual([]);
  });

  it('claims a due target once when two claims overlap, and publishes it once', async () => {
    const user = await signUp();
    const server = mastodonInstance();
    const account = await connectMastodon(user, server.url);
    const created = await json<PostBody>(
      await createPost(user, {
        body: 'due soon',
        targets: [{ accountId: account.id }],
        scheduledAt: new Date(Date.now() + 1000).toISOString(),
      }),
    );
    expect(created.targets[0]?.status).toBe('scheduled');
    const ctx = systemContext(env, () => {});
    const later = new Date(Date.now() + 2000);
    const claims = await Promise.all([claimDueTargets(ctx, later), claimDueTargets(ctx, later)]);
    expect(claims.reduce((a, b) => a + b, 0)).toBe(1);
    const done = await settledPost(user, created.id);
    expect(done.targets[0]?.status).toBe('published');
    expect(done.targets[0]?.events.filter((e) => e.status === 'queued')).toHaveLength(1);
    expect((await server.created()).count).toBe(1);
  });

  it('keeps a target whose answer was lost unconfirmed, then finds it by looking it up, never posting twice', async () => {
    const user = await signUp();
    const server = mastodonInstance();
    const account = await connectMastodon(user, server.url);
    await server.control({ dropNextAnswer: true });
    const created = await json<PostBody>(
      await createPost(user, { body: 'did it land?', targets: [{ accountId: account.id }], publishNow: true }),
    );
    await expect
      .poll(async () => (await post(user, created.id)).targets[0]?.status, { timeout: 20_000 })
      .toBe('unconfirmed');
    // The reconcile runs 30 s later on its own; a person's retry looks it up at once.
    const retried = await call(ws(user, `/posts/${created.id}/retry`), { method: 'POST', token: user.token });
    expect(retried.status).toBe(200);
    await expect
      .poll(async () => (await post(user, created.id)).targets[0]?.status, { timeout: 15_000 })
      .toBe('published');
    expect((await server.created()).count).toBe(1);
  });

  it('keeps a thread that failed halfway from being edited into a second copy of its first part', async () => {
    const user = await signUp();
    const server = mastodonInstance();
    const account = await connectMastodon(user, server.url);
    // The first part fits the instance's new limit, the second does not.
    await allowCharacters(server, 5);
    const created = await json<PostBody>(
      await createPost(user, {
        body: 'short',
        thread: [{ body: 'far too long' }],
        targets: [{ accountId: account.id }],
        publishNow: true,
      }),
    );
    const done = await settledPost(user, created.id);
    expect(done.targets[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/^Part 2: /) });
    const edit = await call(ws(user, `/posts/${created.id}`), {
      method: 'PATCH',
      token: user.token,
      body: { scheduledAt: new Date(Date.now() + 3_600_000).toISOString() },
    });
    expect(edit.status).toBe(409);
    await allowCharacters(server, 500);
    await call(ws(user, `/posts/${created.id}/retry`), { method: 'POST', token: user.token });
    expect((await settledPost(user, created.id)).targets[0]?.status).toBe('published');
    const { statuses } = await server.created();
    expect(statuses.map((s) => s.in_reply_to_id)).toEqual([null, statuses[0]?.id]);
  });

  it('fails a target the platform refuses, with its message, and lets a person retry it', async () => {
    const user = await signUp();
    const server = mastodonInstance();
    const account = await connectMastodon(user, server.url);
    // The instance lowers its limit after the account was connected: the platform refuses.
    await allowCharacters(server, 5);
    const created = await json<PostBody>(
      await createPost(user, { body: 'longer than five', targets: [{ accountId: account.id }], publishNow: true }),
    );
    const done = await settledPost(user, created.id);
    expect(done.targets[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/too long|character/i) });
    await allowCharacters(server, 500);
    const retried = await call(ws(user, `/posts/${created.id}/retry`), { method: 'POST', token: user.token });
    expect(retried.status).toBe(200);
    expect((await settledPost(user, created.id)).targets[0]?.status).toBe('published');
    expect((await server.created()).count).toBe(1);
  });

  it('sweeps a target left publishing by a consumer that stopped: unconfirmed, looked up, published once', async () => {
    const user = await signUp();
    const server = mastodonInstance();
    const account = await connectMastodon(user, server.url);
    const created = await json<PostBody>(
      await createPost(user, {
        body: 'orphaned',
        targets: [{ accountId: account.id }],
        scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    );
    const targetId = created.targets[0]?.id ?? '';
    // A consumer took it and stopped mid-call long ago.
    await env.DB.prepare("UPDATE post_targets SET status = 'publishing', state_at = ? WHERE id = ?")
      .bind(Date.now() - STUCK_AFTER_MS - 1000, targetId)
      .run();
    await sweepStuckTargets(systemContext(env, () => {}));
    await expect
      .poll(async () => (await post(user, created.id)).targets[0]?.status, { timeout: 15_000 })
      .toBe('published');
    const done = await post(user, created.id);
    expect(done.targets[0]?.events.map((e) => e.status)).toContain('unconfirmed');
    expect((await server.created()).count).toBe(1);
  });
});
