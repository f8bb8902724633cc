import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { appViewInstance } from '../../../test/appview';
import { MASTODON_TOKEN, mastodonInstance } from '../../../test/mastodon';
import { envWith, fixturePath } from '../../../test/outbound';
import { seedOwner } from '../../../test/seed';
import { seedAccount, seedPublishedPost } from '../../../test/seed-metrics';
import { PUBLISH_BUDGETS } from '../../connectors/publishers';
import { mastodon } from '../../connectors/publishers/mastodon';
import { systemContext } from '../../core/context';
import { createDb } from '../../db/client';
import { accountMetrics, targetMetrics } from '../../db/schema/publish-metrics';
import { socialAccounts } from '../../db/schema/social-accounts';
import { takeAccountToken } from './budget';
import { collectMetrics } from './metrics-collect';
import { COLLECT_METRICS } from './metrics-contracts';
import { enqueueMetricCollection } from './metrics-cron';
import { hourOf } from './metrics-window';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const db = () => createDb(env.DB);

const message = (account: { id: string; workspaceId: string }, hour: number) => ({
  v: 1 as const,
  kind: COLLECT_METRICS.kind,
  workspaceId: account.workspaceId,
  accountId: account.id,
  hour,
});

/** A Mastodon instance with two statuses published by the seeded account, one 40 days ago. */
async function mastodonWorld() {
  const owner = await seedOwner();
  const server = mastodonInstance();
  const account = await seedAccount(owner, {
    platform: 'mastodon',
    serviceUrl: server.url,
    externalId: '117020457910412882',
    credentials: { accessToken: MASTODON_TOKEN },
  });
  const session = { serviceUrl: server.url, externalId: account.externalId, handle: 'x', credentials: {} };
  const publish = async (body: string) =>
    (
      await mastodon.publish(
        env,
        { ...session, credentials: { accessToken: MASTODON_TOKEN } },
        { targetId: body, index: 0, body, key: body, media: [] },
      )
    ).externalId;
  const ids = [await publish('one'), await publish('two'), await publish('old')];
  const now = Date.now();
  const targets = [
    await seedPublishedPost(owner, account, ids[0] ?? '', new Date(now - 2 * HOUR)),
    await seedPublishedPost(owner, account, ids[1] ?? '', new Date(now - 3 * DAY)),
    await seedPublishedPost(owner, account, ids[2] ?? '', new Date(now - 40 * DAY)),
  ];
  return { owner, server, account, ids, targets };
}

async function readings(targetId: string) {
  return db()
    .select()
    .from(targetMetrics)
    .where(eq(targetMetrics.targetId, targetId))
    .orderBy(targetMetrics.capturedAt);
}

describe('collecting numbers', { timeout: 30_000 }, () => {
  it('stores one reading per target of the last 30 days and one of the audience, once per hour', async () => {
    const { server, account, ids, targets } = await mastodonWorld();
    await server.control({
      statusCounts: { [ids[0] ?? '']: { favourites_count: 5, reblogs_count: 2, replies_count: 1, quotes_count: 0 } },
      accountCounts: { followers_count: 40, following_count: 7 },
    });
    const ctx = systemContext(env, () => {});
    const hour = hourOf(Date.now());
    expect(await collectMetrics(ctx, message(account, hour + 17 * 60_000))).toEqual({ done: true });
    const [first] = await readings(targets[0]?.targetId ?? '');
    expect(first).toMatchObject({ capturedAt: new Date(hour), likes: 5, reposts: 2, replies: 1, quotes: 0 });
    expect(await readings(targets[1]?.targetId ?? '')).toHaveLength(1);
    // Published 40 days ago: no longer collected.
    expect(await readings(targets[2]?.targetId ?? '')).toHaveLength(0);
    const audience = await db().select().from(accountMetrics).where(eq(accountMetrics.accountId, account.id));
    expect(audience).toEqual([
      expect.objectContaining({ capturedAt: new Date(hour), followers: 40, following: 7, posts: 3 }),
    ]);

    // The same hour again: nothing asked, nothing added.
    const asked = (await server.created()).requests;
    await collectMetrics(ctx, message(account, hour));
    expect((await server.created()).requests).toBe(asked);
    expect(await readings(targets[0]?.targetId ?? '')).toHaveLength(1);

    // The next hour: a new reading of each.
    await server.control({ statusCounts: { [ids[0] ?? '']: { favourites_count: 9 } } });
    await collectMetrics(ctx, message(account, hour + HOUR));
    expect((await readings(targets[0]?.targetId ?? '')).map((r) => r.likes)).toEqual([5, 9]);
    expect(await db().select().from(accountMetrics).where(eq(accountMetrics.accountId, account.id))).toHaveLength(2);
  });

  it('stops collecting a status the server deleted (404), keeping its history', async () => {
    const { server, account, ids, targets } = await mastodonWorld();
    const ctx = systemContext(env, () => {});
    const hour = hourOf(Date.now());
    await collectMetrics(ctx, message(account, hour));
    await fetch(`${server.url}/api/v1/statuses/${ids[0]}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${MASTODON_TOKEN}` },
    });
    await collectMetrics(ctx, message(account, hour + HOUR));
    const gone = await readings(targets[0]?.targetId ?? '');
    expect(gone.map((r) => r.likes)).toEqual([0, null]);
    expect(gone[1]).toMatchObject({ reposts: null, replies: null, quotes: null });
    // Next hour: the other status and the audience only.
    const asked = (await server.created()).requests;
    await collectMetrics(ctx, message(account, hour + 2 * HOUR));
    expect((await server.created()).requests - asked).toBe(2);
    expect(await readings(targets[0]?.targetId ?? '')).toHaveLength(2);
    expect(await readings(targets[1]?.targetId ?? '')).toHaveLength(3);
  });

  it('skips accounts that need reconnecting, and a refused token takes the reconnect path', async () => {
    const { server, account } = await mastodonWorld();
    const ctx = systemContext(env, () => {});
    await db().update(socialAccounts).set({ status: 'reauth_required' }).where(eq(socialAccounts.id, account.id));
    const asked = (await server.created()).requests;
    await collectMetrics(ctx, message(account, hourOf(Date.now())));
    expect((await server.created()).requests).toBe(asked);
    expect(await db().select().from(targetMetrics)).toHaveLength(0);

    const owner = await seedOwner();
    const refused = await seedAccount(owner, {
      platform: 'mastodon',
      serviceUrl: server.url,
      externalId: account.externalId,
      credentials: { accessToken: 'revoked' },
    });
    await seedPublishedPost(owner, refused, '1', new Date(Date.now() - HOUR));
    expect(await collectMetrics(ctx, message(refused, hourOf(Date.now())))).toEqual({ done: true });
    const [after] = await db().select().from(socialAccounts).where(eq(socialAccounts.id, refused.id));
    expect(after?.status).toBe('reauth_required');
    expect(after?.statusReason).toMatch(/access token/);
  });

  it('waits rather than eat into the half of the budget publishing keeps', async () => {
    const { server, account } = await mastodonWorld();
    const policy = PUBLISH_BUDGETS.mastodon;
    // Down to just under half (the bucket refills a token a second meanwhile).
    let last = await takeAccountToken(env, account);
    while (last.remaining >= policy.limit / 2 - 2) last = await takeAccountToken(env, account);
    const asked = (await server.created()).requests;
    const outcome = await collectMetrics(
      systemContext(env, () => {}),
      message(account, hourOf(Date.now())),
    );
    expect(outcome).toEqual({ againInSeconds: expect.any(Number) });
    expect((await server.created()).requests).toBe(asked);
    // The token the attempt took went back: publishing has what it had.
    expect((await takeAccountToken(env, account)).remaining).toBeGreaterThanOrEqual(last.remaining - 1);
  });

  it('reads Bluesky posts 25 to a getPosts call from the AppView, and the profile', async () => {
    const owner = await seedOwner();
    const did = 'did:plc:cnfixturemetricsbbbbbbbb';
    const account = await seedAccount(owner, {
      platform: 'bluesky',
      serviceUrl: 'http://pds.invalid',
      externalId: did,
      credentials: { accessJwt: 'a', refreshJwt: 'r' },
    });
    const view = appViewInstance();
    const uris = Array.from({ length: 30 }, (_, i) => `at://${did}/app.bsky.feed.post/3m${i}`);
    const targets: { targetId: string }[] = [];
    for (const [i, uri] of uris.entries()) {
      targets.push(await seedPublishedPost(owner, account, uri, new Date(Date.now() - (i + 1) * HOUR)));
    }
    await view.control({
      posts: Object.fromEntries(uris.map((uri, i) => [uri, { likeCount: i, quoteCount: 1 }])),
      profile: { followersCount: 321 },
    });
    const path = fixturePath();
    const ctx = systemContext(envWith({ BLUESKY_APPVIEW_BASE: path.url(new URL(view.url).pathname) }), () => {});
    await collectMetrics(ctx, message(account, hourOf(Date.now())));
    const sent = (await path.sent()).map((r) => new URL(r.path, 'http://x'));
    expect(sent.map((u) => [u.pathname.split('/').at(-1), u.searchParams.getAll('uris').length])).toEqual([
      ['app.bsky.feed.getPosts', 25],
      ['app.bsky.feed.getPosts', 5],
      ['app.bsky.actor.getProfile', 0],
    ]);
    const stored = await db().select().from(targetMetrics).where(eq(targetMetrics.workspaceId, owner.workspaceId));
    expect(stored).toHaveLength(30);
    expect(stored.find((r) => r.targetId === targets[7]?.targetId)).toMatchObject({ likes: 7, quotes: 1, reposts: 0 });
    const [audience] = await db().select().from(accountMetrics).where(eq(accountMetrics.accountId, account.id));
    expect(audience?.followers).toBe(321);
  });

  it('the hourly cron queues one collection per active account that published in the window', async () => {
    const { account, targets, server, ids } = await mastodonWorld();
    await server.control({ statusCounts: { [ids[1] ?? '']: { reblogs_count: 4 } } });
    const owner = await seedOwner();
    const idle = await seedAccount(owner, {
      platform: 'mastodon',
      serviceUrl: server.url,
      externalId: account.externalId,
      credentials: { accessToken: MASTODON_TOKEN },
      status: 'disabled',
    });
    await seedPublishedPost(owner, idle, ids[0] ?? '', new Date(Date.now() - HOUR));
    await enqueueMetricCollection(
      systemContext(env, () => {}),
      new Date(),
    );
    await expect
      .poll(async () => (await readings(targets[1]?.targetId ?? '')).map((r) => r.reposts), { timeout: 15_000 })
      .toEqual([4]);
    expect(await db().select().from(targetMetrics).where(eq(targetMetrics.workspaceId, owner.workspaceId))).toEqual([]);
  });
});
