import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, signUp, type TestUser } from '../../../test/factories';
import { seedWebhookAccount } from '../../../test/seed-publishing';
import { createDb } from '../../db/client';
import { media, postMedia } from '../../db/schema/media';
import { postTargets } from '../../db/schema/post-targets';
import { posts } from '../../db/schema/posts';
import { newId } from '../../lib/ids';

const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}${path}`;

interface Post {
  id: string;
  status: string;
  body: string;
  thread: { body: string }[];
  scheduledAt: string | null;
  targets: { accountId: string; body: string | null; status: string }[];
}

/** A library file as the media feature stores it (the bytes themselves are not needed here). */
async function seedMedia(user: TestUser) {
  const now = new Date();
  const row = {
    id: newId('med', now.getTime()),
    workspaceId: user.workspaceId,
    kind: 'image' as const,
    contentType: 'image/png',
    bytes: 68,
    sha256: crypto.randomUUID().replaceAll('-', ''),
    width: 1,
    height: 1,
    durationMs: null,
    alt: 'A dot',
    filename: 'dot.png',
    r2Key: `media/${user.workspaceId}/${crypto.randomUUID()}`,
    createdBy: user.id,
    createdAt: now,
    updatedAt: now,
  };
  await createDb(env.DB).insert(media).values(row);
  return row;
}

describe('POST …/posts/{id}/duplicate', () => {
  it('makes a draft with the same body, thread, targets, per-target bodies and media', async () => {
    const user = await signUp();
    const a = await seedWebhookAccount(user);
    const b = await seedWebhookAccount(user);
    const created = await call(ws(user, '/posts'), {
      method: 'POST',
      token: user.token,
      body: {
        body: 'The original',
        targets: [{ accountId: a.id }, { accountId: b.id, body: 'Just for b' }],
        scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    const original = await json<Post>(created);
    const db = createDb(env.DB);
    // A thread and media, written as the thread and media features write them.
    await db
      .update(posts)
      .set({ thread: [{ body: 'Part two' }] })
      .where(eq(posts.id, original.id));
    const [one, two] = [await seedMedia(user), await seedMedia(user)];
    await db.insert(postMedia).values([
      { postId: original.id, part: 0, position: 0, workspaceId: user.workspaceId, mediaId: one.id },
      { postId: original.id, part: 1, position: 0, workspaceId: user.workspaceId, mediaId: two.id },
    ]);

    const res = await call(ws(user, `/posts/${original.id}/duplicate`), { method: 'POST', token: user.token });
    expect(res.status).toBe(201);
    const copy = await json<Post>(res);
    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({
      status: 'draft',
      body: 'The original',
      thread: [{ body: 'Part two' }],
      scheduledAt: null,
    });
    expect(copy.targets.map((t) => [t.accountId, t.body, t.status])).toEqual([
      [a.id, null, 'draft'],
      [b.id, 'Just for b', 'draft'],
    ]);
    const links = await db.select().from(postMedia).where(eq(postMedia.postId, copy.id));
    expect(links.map((l) => [l.part, l.position, l.mediaId]).sort()).toEqual([
      [0, 0, one.id],
      [1, 0, two.id],
    ]);
    // The original is untouched.
    const originalTargets = await db.select().from(postTargets).where(eq(postTargets.postId, original.id));
    expect(originalTargets.every((t) => t.status === 'scheduled')).toBe(true);
    expect(await db.select().from(postMedia).where(eq(postMedia.postId, original.id))).toHaveLength(2);
  });

  it('answers 404 for another workspace’s post', async () => {
    const owner = await signUp();
    const other = await signUp();
    const a = await seedWebhookAccount(owner);
    const created = await json<Post>(
      await call(ws(owner, '/posts'), {
        method: 'POST',
        token: owner.token,
        body: { body: 'Mine', targets: [{ accountId: a.id }] },
      }),
    );
    await expectProblem(
      await call(ws(other, `/posts/${created.id}/duplicate`), { method: 'POST', token: other.token }),
      404,
    );
  });
});
