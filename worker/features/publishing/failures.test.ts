import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, signUp, type TestUser } from '../../../test/factories';
import { seedWebhookAccount } from '../../../test/seed-publishing';
import { createDb } from '../../db/client';
import { postTargets, type TargetStatus } from '../../db/schema/post-targets';

const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}${path}`;

interface Listed {
  id: string;
  postId: string;
  status: string;
  reason: string | null;
  excerpt: string;
  account: { id: string; handle: string };
}
interface Post {
  id: string;
  targets: { id: string; accountId: string; status: string }[];
}

/** A post on `accounts` whose targets are then put in `states`, as the pipeline leaves them. */
async function postIn(user: TestUser, accountIds: string[], states: [TargetStatus, string][], body = 'Went wrong') {
  const res = await call(ws(user, '/posts'), {
    method: 'POST',
    token: user.token,
    body: {
      body,
      targets: accountIds.map((accountId) => ({ accountId })),
      scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
    },
  });
  const post = await json<Post>(res);
  const db = createDb(env.DB);
  for (const [i, [status, error]] of states.entries()) {
    const target = post.targets[i];
    if (target)
      await db
        .update(postTargets)
        .set({ status, error, stateAt: new Date(Date.now() + i) })
        .where(eq(postTargets.id, target.id));
  }
  return post;
}

const list = async (user: TestUser, query = '') =>
  json<{ items: Listed[]; nextCursor: string | null }>(await call(ws(user, `/targets${query}`), { token: user.token }));

describe('targets needing attention', () => {
  it('lists failed, unconfirmed and held targets across posts with excerpt, account and reason', async () => {
    const user = await signUp();
    const a = await seedWebhookAccount(user);
    const b = await seedWebhookAccount(user);
    const first = await postIn(
      user,
      [a.id, b.id],
      [
        ['failed', 'The server said no'],
        ['scheduled', ''],
      ],
    );
    const second = await postIn(
      user,
      [a.id, b.id],
      [
        ['unconfirmed', 'No answer'],
        ['held', 'Paused by Pat'],
      ],
      'x'.repeat(300),
    );
    const all = await list(user);
    expect(all.items.map((t) => [t.postId, t.status, t.reason])).toEqual([
      [second.id, 'held', 'Paused by Pat'],
      [second.id, 'unconfirmed', 'No answer'],
      [first.id, 'failed', 'The server said no'],
    ]);
    expect(all.items[0]?.excerpt).toHaveLength(140);
    expect(all.items[2]?.account).toMatchObject({ id: a.id, handle: a.handle });

    expect((await list(user, '?status=failed')).items.map((t) => t.status)).toEqual(['failed']);
    const paged = await list(user, '?limit=2');
    expect(paged.items).toHaveLength(2);
    const rest = await list(user, `?limit=2&cursor=${paged.nextCursor ?? ''}`);
    expect(rest.items.map((t) => t.status)).toEqual(['failed']);
    await expectProblem(await call(ws(user, '/targets?status=published'), { token: user.token }), 400);
    expect((await list(await signUp())).items).toEqual([]);
  });

  it('retries only the targets asked for', async () => {
    const user = await signUp();
    const a = await seedWebhookAccount(user);
    const b = await seedWebhookAccount(user);
    const post = await postIn(
      user,
      [a.id, b.id],
      [
        ['failed', 'one'],
        ['failed', 'two'],
      ],
    );
    const [one, two] = post.targets;
    const res = await call(ws(user, `/posts/${post.id}/retry`), {
      method: 'POST',
      token: user.token,
      body: { targetIds: [one?.id] },
    });
    expect(res.status).toBe(200);
    const after = await json<Post>(res);
    expect(after.targets.find((t) => t.id === two?.id)?.status).toBe('failed');
    await expect
      .poll(
        async () => {
          const now = await json<Post>(await call(ws(user, `/posts/${post.id}`), { token: user.token }));
          return now.targets.find((t) => t.id === one?.id)?.status;
        },
        { timeout: 15_000 },
      )
      .toBe('published');
    // Without a body every target waiting for a retry is retried, as before.
    const again = await call(ws(user, `/posts/${post.id}/retry`), { method: 'POST', token: user.token });
    expect((await json<Post>(again)).targets.find((t) => t.id === two?.id)?.status).not.toBe('failed');
    await expect
      .poll(
        async () => {
          const now = await json<Post>(await call(ws(user, `/posts/${post.id}`), { token: user.token }));
          return now.targets.every((t) => t.status === 'published');
        },
        { timeout: 15_000 },
      )
      .toBe(true);
  });
});
