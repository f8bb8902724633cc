import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json } from '../../../test/factories';
import { seedOwner } from '../../../test/seed';
import { seedAccount, seedPublishedPost } from '../../../test/seed-metrics';
import { createDb } from '../../db/client';
import { accountMetrics, targetMetrics } from '../../db/schema/publish-metrics';
import { hourOf } from './metrics-window';

const HOUR = 3_600_000;

interface PostMetrics {
  targets: {
    targetId: string;
    accountId: string;
    platform: string;
    latest: Record<string, unknown> | null;
    series: Record<string, unknown>[];
    gone: boolean;
  }[];
}

async function world() {
  const owner = await seedOwner();
  const account = await seedAccount(owner, {
    platform: 'mastodon',
    serviceUrl: 'http://mastodon.invalid',
    externalId: '1',
    credentials: { accessToken: 'x' },
  });
  const ws = (path: string) => `/api/v1/workspaces/${owner.workspaceId}${path}`;
  return { owner, account, ws };
}

describe('numbers routes', () => {
  it("answers each published target's series, oldest first, its latest, and whether it is gone", async () => {
    const { owner, account, ws } = await world();
    const hour = hourOf(Date.now());
    const { postId, targetId } = await seedPublishedPost(owner, account, '11', new Date(hour - 5 * HOUR));
    const reading = (at: number, likes: number | null, replies: number | null = 0) => ({
      targetId,
      workspaceId: owner.workspaceId,
      capturedAt: new Date(at),
      likes,
      reposts: likes === null ? null : 1,
      replies,
      quotes: null,
    });
    await createDb(env.DB)
      .insert(targetMetrics)
      .values([reading(hour - 2 * HOUR, 4), reading(hour - 4 * HOUR, 1), reading(hour - HOUR, null, null)]);
    const res = await call(ws(`/posts/${postId}/metrics`), { token: owner.token });
    expect(res.status).toBe(200);
    const body = await json<PostMetrics>(res);
    const at = (ms: number) => new Date(ms).toISOString();
    expect(body.targets).toEqual([
      {
        targetId,
        accountId: account.id,
        platform: 'mastodon',
        latest: { at: at(hour - 2 * HOUR), likes: 4, reposts: 1, replies: 0, quotes: null },
        series: [
          { at: at(hour - 4 * HOUR), likes: 1, reposts: 1, replies: 0, quotes: null },
          { at: at(hour - 2 * HOUR), likes: 4, reposts: 1, replies: 0, quotes: null },
        ],
        gone: true,
      },
    ]);
  });

  it('answers a target with no reading yet with an empty series, and leaves out webhook targets', async () => {
    const { owner, account, ws } = await world();
    const { postId } = await seedPublishedPost(owner, account, '12', new Date());
    const body = await json<PostMetrics>(await call(ws(`/posts/${postId}/metrics`), { token: owner.token }));
    expect(body.targets).toEqual([expect.objectContaining({ latest: null, series: [], gone: false })]);
    // A webhook target has no numbers: it is not listed.
    const hook = await seedAccount(owner, {
      platform: 'webhook',
      serviceUrl: 'http://hook.invalid',
      externalId: 'http://hook.invalid',
      credentials: { secret: 's' },
    });
    const delivered = await seedPublishedPost(owner, hook, 'whd_1', new Date());
    const none = await json<PostMetrics>(await call(ws(`/posts/${delivered.postId}/metrics`), { token: owner.token }));
    expect(none.targets).toEqual([]);
  });

  it("answers the account's follower history and its best hours in the asked zone", async () => {
    const { owner, account, ws } = await world();
    const hour = hourOf(Date.now());
    const db = createDb(env.DB);
    await db.insert(accountMetrics).values([
      {
        accountId: account.id,
        workspaceId: owner.workspaceId,
        capturedAt: new Date(hour),
        followers: 12,
        following: 3,
        posts: 40,
      },
      {
        accountId: account.id,
        workspaceId: owner.workspaceId,
        capturedAt: new Date(hour - HOUR),
        followers: 10,
        following: 3,
        posts: 39,
      },
      // Older than 30 days: left out.
      {
        accountId: account.id,
        workspaceId: owner.workspaceId,
        capturedAt: new Date(hour - 31 * 24 * HOUR),
        followers: 1,
        following: 0,
        posts: 1,
      },
    ]);
    // Two posts on Monday 2026-03-02 at 09:xx UTC (10:xx in Berlin), one on Tuesday 07:xx UTC.
    const posted = [
      ['21', '2026-03-02T09:10:00Z', [3, 10]],
      ['22', '2026-03-02T09:50:00Z', [6]],
      ['23', '2026-03-03T07:00:00Z', [2]],
    ] as const;
    for (const [externalId, iso, likes] of posted) {
      const { targetId } = await seedPublishedPost(owner, account, externalId, new Date(iso));
      await db.insert(targetMetrics).values(
        likes.map((value, i) => ({
          targetId,
          workspaceId: owner.workspaceId,
          capturedAt: new Date(Date.parse(iso) + (i + 1) * HOUR),
          likes: value,
          reposts: 0,
          replies: 0,
          quotes: null,
        })),
      );
    }
    const res = await call(ws(`/accounts/${account.id}/metrics?timeZone=Europe/Berlin`), { token: owner.token });
    expect(res.status).toBe(200);
    const body = await json<{ followers: unknown[]; bestHours: unknown[] }>(res);
    expect(body.followers).toEqual([
      { at: new Date(hour - HOUR).toISOString(), followers: 10, following: 3, posts: 39 },
      { at: new Date(hour).toISOString(), followers: 12, following: 3, posts: 40 },
    ]);
    // Latest readings: 10 and 6 on Monday 10:00 Berlin (median 8), 2 on Tuesday 08:00.
    expect(body.bestHours).toEqual([
      { weekday: 1, hour: 10, posts: 2, engagement: 8 },
      { weekday: 2, hour: 8, posts: 1, engagement: 2 },
    ]);
    const utc = await json<{ bestHours: { hour: number }[] }>(
      await call(ws(`/accounts/${account.id}/metrics`), { token: owner.token }),
    );
    expect(utc.bestHours.map((h) => h.hour)).toEqual([9, 7]);
  });

  it('refuses a time zone that is not an IANA name with 422, and other workspaces with 404', async () => {
    const { owner, account, ws } = await world();
    for (const zone of ['Mars/Olympus', '+02:00', 'x'.repeat(65)]) {
      const res = await call(ws(`/accounts/${account.id}/metrics?timeZone=${encodeURIComponent(zone)}`), {
        token: owner.token,
      });
      expect(res.status === 422 || res.status === 400, zone).toBe(true);
      await expectProblem(res, res.status);
    }
    const problem = await expectProblem(
      await call(ws(`/accounts/${account.id}/metrics?timeZone=Mars/Olympus`), { token: owner.token }),
      422,
    );
    expect(problem.detail).toMatch(/timeZone/);
    const other = await seedOwner();
    await expectProblem(
      await call(`/api/v1/workspaces/${other.workspaceId}/accounts/${account.id}/metrics`, { token: other.token }),
      404,
    );
  });
});
