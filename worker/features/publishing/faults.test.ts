import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, json, signUp, type TestUser } from '../../../test/factories';
import { MASTODON_TOKEN, mastodonInstance } from '../../../test/mastodon';
import { mastodon } from '../../connectors/publishers/mastodon';
import { systemContext } from '../../core/context';
import { createDb } from '../../db/client';
import { type PostTarget, postTargets } from '../../db/schema/post-targets';
import { type Post, posts } from '../../db/schema/posts';
import { chunkForParams } from '../../lib/bound-params';
import { newId } from '../../lib/ids';
import { claimDueTargets } from './claim';
import { targetRow } from './post-rows';

const ACCOUNTS = 20;
/** 100 in `npm test`; `npm run test:faults` runs the full 1,000 (FAULT_TARGETS). */
const TARGETS = Number(env.FAULT_TARGETS) || 100;
const FAULTS = { tooMany: 0.1, serverError: 0.1, slow: 0.03, dropped: 0.07 };

/** `TARGETS` due posts, one target each, spread over the accounts, written as POST posts would. */
async function seedDue(user: TestUser, accountIds: readonly string[]): Promise<Map<string, string>> {
  const db = createDb(env.DB);
  const now = new Date();
  const rows: { post: Post; target: PostTarget }[] = [];
  const textOf = new Map<string, string>();
  for (let i = 0; i < TARGETS; i++) {
    const accountId = accountIds[i % accountIds.length] ?? '';
    const post: Post = {
      id: newId('post', now.getTime()),
      workspaceId: user.workspaceId,
      body: `Fault run post ${i}`,
      thread: [],
      status: 'scheduled',
      scheduledAt: now,
      createdBy: user.id,
      createdAt: now,
      updatedAt: now,
    };
    const id = newId('tgt', now.getTime());
    const target = targetRow(
      {
        id,
        workspaceId: user.workspaceId,
        postId: post.id,
        accountId,
        body: null,
        status: 'scheduled',
        scheduledAt: now,
        parts: [{ key: mastodon.newKey(id, 0) }],
      },
      now,
    );
    rows.push({ post, target });
    textOf.set(id, post.body);
  }
  const inserts = [
    ...chunkForParams(
      rows.map((r) => r.post),
      0,
      9,
    ).map((chunk) => db.insert(posts).values(chunk)),
    ...chunkForParams(
      rows.map((r) => r.target),
      0,
      16,
    ).map((chunk) => db.insert(postTargets).values(chunk)),
  ];
  const [first, ...rest] = inserts;
  if (first) await db.batch([first, ...rest]);
  return textOf;
}

async function counts(): Promise<Record<string, number>> {
  const rows = await env.DB.prepare('SELECT status, count(*) AS n FROM post_targets GROUP BY status').all<{
    status: string;
    n: number;
  }>();
  return Object.fromEntries(rows.results.map((r) => [r.status, r.n]));
}

describe('publishing under faults', () => {
  it(`publishes ${TARGETS} targets over ${ACCOUNTS} accounts exactly once, or says why not, while the platform misbehaves`, async () => {
    const user = await signUp();
    const servers = Array.from({ length: ACCOUNTS }, () => mastodonInstance());
    const accountIds: string[] = [];
    for (const server of servers) {
      const res = await call(`/api/v1/workspaces/${user.workspaceId}/accounts`, {
        token: user.token,
        body: { platform: 'mastodon', instanceUrl: server.url, accessToken: MASTODON_TOKEN },
      });
      expect(res.status).toBe(201);
      accountIds.push((await json<{ id: string }>(res)).id);
    }
    await Promise.all(servers.map((server, i) => server.control({ faults: { seed: i + 1, ...FAULTS } })));
    const textOf = await seedDue(user, accountIds);
    const started = Date.now();
    const ctx = systemContext(env, () => {});
    let claimed = 0;
    while (claimed < TARGETS) claimed += await claimDueTargets(ctx);

    // Settled: nothing queued, publishing, or unconfirmed and still being looked up.
    await expect
      .poll(
        async () => {
          const c = await counts();
          return (c.queued ?? 0) + (c.publishing ?? 0) + (c.unconfirmed ?? 0) + (c.scheduled ?? 0);
        },
        { timeout: 240_000, interval: 2000 },
      )
      .toBe(0);
    const settled = await counts();

    const created = await Promise.all(servers.map((server) => server.created()));
    const bodies = created.flatMap((c) => c.statuses.map((s) => s.content));
    const published = await env.DB.prepare(
      "SELECT id, status, error FROM post_targets WHERE workspace_id = ? AND status <> 'published'",
    )
      .bind(user.workspaceId)
      .all<{ id: string; status: string; error: string | null }>();
    const faulted = created.reduce(
      (sum, c) => ({
        tooMany: sum.tooMany + c.faulted.tooMany,
        serverError: sum.serverError + c.faulted.serverError,
        slow: sum.slow + c.faulted.slow,
        dropped: sum.dropped + c.faulted.dropped,
      }),
      { tooMany: 0, serverError: 0, slow: 0, dropped: 0 },
    );
    console.log(
      `fault run: ${TARGETS} targets over ${ACCOUNTS} accounts in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `targets ${JSON.stringify(settled)}; statuses created ${bodies.length}; ` +
        `faults ${JSON.stringify(faulted)}; requests ${created.reduce((n, c) => n + c.requests, 0)}`,
    );

    // Nothing duplicated: every created status is one target's text, at most once.
    expect(new Set(bodies).size).toBe(bodies.length);
    // Nothing lost: every target published exactly once, or failed with a reason and not posted.
    expect(bodies.length).toBe(settled.published ?? 0);
    for (const target of published.results) {
      expect(target.status).toBe('failed');
      expect(target.error).toBeTruthy();
      expect(bodies).not.toContain(`<p>${textOf.get(target.id)}</p>`);
    }
    expect((settled.published ?? 0) + (settled.failed ?? 0)).toBe(TARGETS);
    // No account was sent more than its budget (Mastodon: 300 requests per 5 minutes).
    for (const c of created) expect(c.requests).toBeLessThanOrEqual(300);
  }, 300_000);
});
