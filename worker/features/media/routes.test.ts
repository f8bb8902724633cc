import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, type TestUser } from '../../../test/factories';
import { mp4, sample } from '../../../test/media';
import { type MediaBody, storedMedia } from '../../../test/media-calls';
import { seedOwner } from '../../../test/seed';
import { seedMedia } from '../../../test/seed-media';
import { seedDraftPost, seedWebhookAccount } from '../../../test/seed-publishing';
import { snapshot } from '../../../test/world';
import { systemContext } from '../../core/context';
import { createDb } from '../../db/client';
import { postMedia } from '../../db/schema/media';
import { postTargets } from '../../db/schema/post-targets';
import { posts } from '../../db/schema/posts';
import { deleteWorkspaceMedia } from './delete-workspace-media';

const ws = (user: TestUser, path = '') => `/api/v1/workspaces/${user.workspaceId}/media${path}`;

async function list(user: TestUser, query = '') {
  const res = await call(ws(user, query), { token: user.token });
  expect(res.status, await res.clone().text()).toBe(200);
  return json<{ items: MediaBody[]; nextCursor: string | null }>(res);
}

/** `user`'s post that uses `mediaId`, written straight to D1 as the composer would leave it. */
async function postUsing(user: TestUser, mediaId: string, status: 'draft' | 'scheduled') {
  const post = await seedDraftPost(user, await seedWebhookAccount(user));
  const db = createDb(env.DB);
  if (status === 'scheduled') {
    await db
      .update(posts)
      .set({ status, scheduledAt: new Date(Date.now() + 3_600_000) })
      .where(eq(posts.id, post.id));
  }
  await db.insert(postMedia).values({ postId: post.id, part: 0, position: 0, workspaceId: user.workspaceId, mediaId });
  return post;
}

describe('the media library', () => {
  it('lists newest first, pages, searches names and alt text (literally) and filters by kind', async () => {
    const owner = await seedOwner();
    const png = await seedMedia(owner, undefined, { filename: 'beach_50%.png', alt: null });
    const gif = await seedMedia(owner, undefined, { bytes: await sample('python.gif'), filename: 'logo.gif' });
    const video = await seedMedia(owner, undefined, { bytes: mp4(), filename: 'clip.mp4', alt: 'Waves at the BEACH' });
    expect((await list(owner)).items.map((m) => m.id)).toEqual([video.id, gif.id, png.id]);
    const first = await list(owner, '?limit=2');
    const second = await list(owner, `?limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((m) => m.id)).toEqual([video.id, gif.id, png.id]);
    expect(second.nextCursor).toBeNull();
    expect((await list(owner, '?q=beach')).items.map((m) => m.id)).toEqual([video.id, png.id]);
    expect((await list(owner, '?q=50%25')).items.map((m) => m.id)).toEqual([png.id]);
    // `_` and `%` are not wildcards.
    expect((await list(owner, '?q=beac_')).items).toEqual([]);
    expect((await list(owner, '?kind=video')).items.map((m) => m.id)).toEqual([video.id]);
    expect((await list(owner, '?kind=image&q=logo')).items.map((m) => m.id)).toEqual([gif.id]);
    expect((await list(owner, '?kind=video')).items[0]).toMatchObject({ durationMs: 12_345, width: 1280 });
  });

  it('changes alt text (at most 1,000 characters; empty removes it), with an audit entry', async () => {
    const owner = await seedOwner();
    const file = await seedMedia(owner);
    const patch = (alt: unknown) =>
      call(ws(owner, `/${file.id}`), { method: 'PATCH', token: owner.token, body: { alt } });
    const before = await snapshot();
    const problem = await expectProblem(await patch('x'.repeat(1001)), 400);
    expect(problem.errors?.[0]?.path).toBe('alt');
    expect(await snapshot()).toBe(before);
    expect(await json(await patch(`  ${'y'.repeat(1000)} `))).toMatchObject({ alt: 'y'.repeat(1000) });
    expect(await json(await patch(''))).toMatchObject({ alt: null });
    expect(await json(await call(ws(owner, `/${file.id}`), { token: owner.token }))).toMatchObject({ alt: null });
    const audit = await json<{ items: unknown[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/audit?action=media.updated`, { token: owner.token }),
    );
    expect(audit.items).toHaveLength(2);
  });

  it('serves the bytes with their type and ETag, byte ranges for seeking, 304 and 416', async () => {
    const owner = await seedOwner();
    const bytes = mp4({ mdatBytes: 100_000 });
    const file = await seedMedia(owner, undefined, { bytes });
    const get = (headers: Record<string, string> = {}) =>
      call(ws(owner, `/${file.id}/content`), { token: owner.token, headers });
    const whole = await get();
    expect(whole.status).toBe(200);
    expect(whole.headers.get('Content-Type')).toBe('video/mp4');
    expect(whole.headers.get('Cache-Control')).toContain('private');
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(bytes);
    const etag = whole.headers.get('ETag') ?? '';
    expect(etag).toBe(`"${file.sha256}"`);

    const part = await get({ Range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('Content-Range')).toBe(`bytes 100-199/${bytes.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes.slice(100, 200));
    const tail = await get({ Range: 'bytes=-10' });
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(bytes.slice(-10));
    // A range of another version (If-Range) gets the whole file.
    expect((await get({ Range: 'bytes=0-1', 'If-Range': '"other"' })).status).toBe(200);

    const notModified = await get({ 'If-None-Match': `W/"x", ${etag}` });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe('');
    expect((await get({ 'If-None-Match': '"x"' })).status).toBe(200);
    const past = await expectProblem(await get({ Range: `bytes=${bytes.length}-` }), 416);
    expect(past.detail).toContain(String(bytes.length));
  });

  it('serves the signed previewUrl without a token, and nothing for a forged or stale link', async () => {
    const owner = await seedOwner();
    const file = await seedMedia(owner);
    const { previewUrl } = await json<MediaBody>(await call(ws(owner, `/${file.id}`), { token: owner.token }));
    const res = await call(previewUrl, { headers: { Range: 'bytes=0-7' } });
    expect(res.status).toBe(206);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual((await sample('python.png')).slice(0, 8));
    await expectProblem(await call(previewUrl.replace(/sig=[\w-]+/, 'sig=AAAA')), 404);
    await expectProblem(await call(previewUrl.replace(/exp=\d+/, 'exp=1000')), 404);
    const other = await seedMedia(owner, undefined, { bytes: await sample('python.gif') });
    await expectProblem(await call(previewUrl.replace(file.id, other.id)), 404);
  });

  it('refuses to delete a file a scheduled post uses, naming the post; deletes it once the post is a draft', async () => {
    const owner = await seedOwner();
    const file = await seedMedia(owner);
    const post = await postUsing(owner, file.id, 'scheduled');
    const before = await snapshot();
    const problem = await expectProblem(
      await call(ws(owner, `/${file.id}`), { method: 'DELETE', token: owner.token }),
      409,
    );
    expect(problem.detail).toContain(post.id);
    expect(problem.detail).toContain('A seeded draft');
    expect(await snapshot()).toBe(before);

    await createDb(env.DB).update(posts).set({ status: 'draft', scheduledAt: null }).where(eq(posts.id, post.id));
    expect((await call(ws(owner, `/${file.id}`), { method: 'DELETE', token: owner.token })).status).toBe(204);
    expect(await env.MEDIA.head(file.r2Key)).toBeNull();
    await expectProblem(await call(ws(owner, `/${file.id}`), { token: owner.token }), 404);
    await expectProblem(await call(ws(owner, `/${file.id}/content`), { token: owner.token }), 404);
    const audit = await json<{ items: { targetId: string }[] }>(
      await call(`/api/v1/workspaces/${owner.workspaceId}/audit?action=media.deleted`, { token: owner.token }),
    );
    expect(audit.items.map((e) => e.targetId)).toEqual([file.id]);
  });

  it('refuses to delete a file while a target of a post using it is queued or held', async () => {
    const owner = await seedOwner();
    const file = await seedMedia(owner);
    const post = await postUsing(owner, file.id, 'draft');
    const db = createDb(env.DB);
    for (const status of ['queued', 'publishing', 'held'] as const) {
      await db.update(postTargets).set({ status }).where(eq(postTargets.postId, post.id));
      await expectProblem(await call(ws(owner, `/${file.id}`), { method: 'DELETE', token: owner.token }), 409);
    }
    await db.update(postTargets).set({ status: 'published' }).where(eq(postTargets.postId, post.id));
    expect((await call(ws(owner, `/${file.id}`), { method: 'DELETE', token: owner.token })).status).toBe(204);
  });

  it('deletes a workspace’s stored files with the workspace, and no other workspace’s', async () => {
    const owner = await seedOwner();
    const other = await seedOwner();
    const kept = await seedMedia(other);
    await seedMedia(owner);
    await seedMedia(owner, undefined, { bytes: await sample('python.gif') });
    const res = await call(`/api/v1/workspaces/${owner.workspaceId}`, { method: 'DELETE', token: owner.token });
    expect(res.status, await res.clone().text()).toBe(204);
    expect(await storedMedia(owner.workspaceId)).toEqual([]);
    expect((await storedMedia(other.workspaceId)).map((o) => o.key)).toEqual([kept.r2Key]);
  });

  it('deletes stored files a listing page at a time, through every page', async () => {
    const owner = await seedOwner();
    const keys = Array.from({ length: 7 }, (_, i) => `workspaces/${owner.workspaceId}/media/extra-${i}`);
    await Promise.all(keys.map((key) => env.MEDIA.put(key, 'x')));
    expect(
      await deleteWorkspaceMedia(
        systemContext(env, () => undefined),
        owner.workspaceId,
        3,
      ),
    ).toBe(7);
    expect(await storedMedia(owner.workspaceId)).toEqual([]);
  });
});
