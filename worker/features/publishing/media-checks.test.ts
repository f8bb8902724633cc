/**
 * Files on posts: the contract (ids of the workspace's library, stored per part, shown per
 * part) and the checks at scheduling, each rule refusing with its reason per target and part
 * and storing nothing.
 */
import { describe, expect, it } from 'vitest';
import { call, expectProblem, json, signUp, type TestUser } from '../../../test/factories';
import { MASTODON_TOKEN, mastodonInstance } from '../../../test/mastodon';
import { seedAccountWithLimits, seedFileWithFacts } from '../../../test/seed-post-media';
import { snapshot } from '../../../test/world';
import { BLUESKY_LIMITS } from '../../connectors/publishers/bluesky';

const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}${path}`;
const later = () => new Date(Date.now() + 3_600_000).toISOString();

interface PostBody {
  id: string;
  media: { id: string; kind: string; type: string; url: string; alt: string | null }[];
  thread: { body: string; media: { id: string }[] }[];
}

async function bluesky(user: TestUser) {
  return seedAccountWithLimits(user, 'bluesky', BLUESKY_LIMITS);
}

async function mastodon(user: TestUser, limits?: Record<string, number | string[]>) {
  const server = mastodonInstance();
  if (limits) await server.control({ mediaAttachments: limits });
  const res = await call(ws(user, '/accounts'), {
    token: user.token,
    body: { platform: 'mastodon', instanceUrl: server.url, accessToken: MASTODON_TOKEN },
  });
  expect(res.status).toBe(201);
  return json<{ id: string }>(res);
}

/** Sends the post and expects it refused with exactly `errors`, nothing written. */
async function refused(user: TestUser, body: Record<string, unknown>, status: number) {
  const before = await snapshot();
  const problem = await expectProblem(await call(ws(user, '/posts'), { token: user.token, body }), status);
  expect(await snapshot()).toBe(before);
  return problem.errors ?? [];
}

describe('files on posts', { timeout: 30_000 }, () => {
  it('stores the files per part in order and answers them per part', async () => {
    const user = await signUp();
    const account = await bluesky(user);
    const [a, b, c] = [
      await seedFileWithFacts(user),
      await seedFileWithFacts(user, { contentType: 'image/jpeg' }),
      await seedFileWithFacts(user),
    ];
    const res = await call(ws(user, '/posts'), {
      token: user.token,
      body: {
        body: 'With pictures',
        mediaIds: [b?.id, a?.id],
        thread: [{ body: 'And one more', mediaIds: [c?.id] }, { body: 'None here' }],
        targets: [{ accountId: account.id }],
        scheduledAt: later(),
      },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const post = await json<PostBody>(res);
    expect(post.media.map((m) => m.id)).toEqual([b?.id, a?.id]);
    expect(post.media[0]).toMatchObject({
      kind: 'image',
      type: 'image/jpeg',
      alt: 'A seeded picture',
      url: `/api/v1/workspaces/${user.workspaceId}/media/${b?.id}/content`,
    });
    expect(post.thread.map((part) => part.media.map((m) => m.id))).toEqual([[c?.id], []]);
    const again = await json<PostBody>(await call(ws(user, `/posts/${post.id}`), { token: user.token }));
    expect(again.media.map((m) => m.id)).toEqual([b?.id, a?.id]);
  });

  it('refuses an unknown file and another workspace’s at their paths (422), writing nothing', async () => {
    const user = await signUp();
    const other = await signUp();
    const account = await bluesky(user);
    const theirs = await seedFileWithFacts(other);
    const mine = await seedFileWithFacts(user);
    const errors = await refused(
      user,
      {
        body: 'x',
        mediaIds: [mine.id, 'med_nope'],
        thread: [{ body: 'y', mediaIds: [theirs.id] }],
        targets: [{ accountId: account.id }],
      },
      422,
    );
    expect(errors).toEqual([
      { path: 'mediaIds[1]', message: expect.stringMatching(/No such file/) },
      { path: 'thread[0].mediaIds[0]', message: expect.stringMatching(/No such file/) },
    ]);
  });

  it('refuses what Bluesky cannot take, each with its reason per target and part', async () => {
    const user = await signUp();
    const account = await bluesky(user);
    const video = (fields: Record<string, unknown> = {}) =>
      seedFileWithFacts(user, { kind: 'video', contentType: 'video/mp4', durationMs: 30_000, ...fields });
    const heic = await seedFileWithFacts(user, { contentType: 'image/heic', filename: 'photo.heic' });
    const big = await seedFileWithFacts(user, { contentType: 'image/jpeg', bytes: 2_500_000, filename: 'big.jpg' });
    const long = await video({ durationMs: 200_000, filename: 'long.mp4' });
    const huge = await video({ bytes: 150_000_000, filename: 'huge.mp4' });
    const webm = await video({ contentType: 'video/webm', filename: 'clip.webm' });
    const picture = await seedFileWithFacts(user);
    const errors = await refused(
      user,
      {
        body: 'x',
        mediaIds: [heic.id, big.id],
        thread: [
          { body: 'two videos', mediaIds: [long.id, huge.id] },
          { body: 'mixed', mediaIds: [picture.id, webm.id] },
        ],
        targets: [{ accountId: account.id }],
        scheduledAt: later(),
      },
      422,
    );
    const label = `Bluesky (${account.handle})`;
    expect(errors).toEqual([
      {
        path: 'targets[0].mediaIds',
        message: `${label} does not take image/heic (photo.heic); it takes image/jpeg, image/png, image/webp, image/gif.`,
      },
      { path: 'targets[0].mediaIds', message: `${label} takes images of at most 2 MB; big.jpg is 2.5 MB.` },
      { path: 'targets[0].thread[0].mediaIds', message: `${label} takes at most 1 video per post; this part has 2.` },
      {
        path: 'targets[0].thread[0].mediaIds',
        message: `${label} takes videos of at most 180 s; long.mp4 lasts 200 s.`,
      },
      {
        path: 'targets[0].thread[0].mediaIds',
        message: `${label} takes videos of at most 100 MB; huge.mp4 is 150 MB.`,
      },
      { path: 'targets[0].thread[1].mediaIds', message: `${label} takes images or a video in one post, not both.` },
      {
        path: 'targets[0].thread[1].mediaIds',
        message: `${label} does not take video/webm (clip.webm); it takes video/mp4.`,
      },
    ]);
  });

  it('reads Mastodon’s limits from the instance: types, sizes, pixels', async () => {
    const user = await signUp();
    const account = await mastodon(user, {
      image_size_limit: 1000,
      image_matrix_limit: 10_000,
      supported_mime_types: ['image/png', 'video/mp4'],
    });
    const jpeg = await seedFileWithFacts(user, { contentType: 'image/jpeg', filename: 'a.jpg', width: 10, height: 10 });
    const wide = await seedFileWithFacts(user, { filename: 'wide.png', width: 200, height: 100, bytes: 500 });
    const heavy = await seedFileWithFacts(user, { filename: 'heavy.png', width: 10, height: 10, bytes: 5000 });
    const errors = await refused(
      user,
      { body: 'x', mediaIds: [jpeg.id, wide.id, heavy.id], targets: [{ accountId: account.id }], publishNow: true },
      422,
    );
    expect(errors.map((e) => [e.path, e.message.replace(/^Mastodon \([^)]*\) /, '')])).toEqual([
      ['targets[0].mediaIds', 'does not take image/jpeg (a.jpg); it takes image/png.'],
      ['targets[0].mediaIds', 'takes images of at most 10,000 pixels; wide.png is 200×100.'],
      ['targets[0].mediaIds', 'takes images of at most 1 kB; heavy.png is 5 kB.'],
    ]);
  });

  it('requires alt text where the workspace says so, and lets a draft wait', async () => {
    const user = await signUp();
    const account = await bluesky(user);
    const bare = await seedFileWithFacts(user, { alt: null, filename: 'bare.png' });
    const described = await seedFileWithFacts(user);
    const post = { body: 'x', mediaIds: [described.id, bare.id], targets: [{ accountId: account.id }] };
    const scheduled = { ...post, scheduledAt: later() };
    // Off by default: the same post schedules.
    const fine = await call(ws(user, '/posts'), { token: user.token, body: scheduled });
    expect(fine.status).toBe(201);
    const set = await call(ws(user, ''), { method: 'PATCH', token: user.token, body: { requireAltText: true } });
    expect(set.status).toBe(200);
    expect(await json(set)).toMatchObject({ requireAltText: true, name: 'Test Workspace' });
    expect(await refused(user, scheduled, 422)).toEqual([
      { path: 'mediaIds[1]', message: 'Describe bare.png (alt text): this workspace requires it.' },
    ]);
    // A draft is checked once it is scheduled, not before.
    const draft = await call(ws(user, '/posts'), { token: user.token, body: post });
    expect(draft.status).toBe(201);
    const { id } = await json<PostBody>(draft);
    const moved = await call(ws(user, `/posts/${id}`), {
      method: 'PATCH',
      token: user.token,
      body: { scheduledAt: later() },
    });
    expect((await expectProblem(moved, 422)).errors?.[0]?.path).toBe('mediaIds[1]');
  });

  it('replaces a part’s files on PATCH, as a body edit replaces its text', async () => {
    const user = await signUp();
    const account = await bluesky(user);
    const [a, b, c] = [await seedFileWithFacts(user), await seedFileWithFacts(user), await seedFileWithFacts(user)];
    const created = await json<PostBody>(
      await call(ws(user, '/posts'), {
        token: user.token,
        body: {
          body: 'x',
          mediaIds: [a.id],
          thread: [{ body: 'y', mediaIds: [b.id] }],
          targets: [{ accountId: account.id }],
        },
      }),
    );
    const patch = (body: unknown) =>
      call(ws(user, `/posts/${created.id}`), { method: 'PATCH', token: user.token, body });
    const first = await json<PostBody>(await patch({ mediaIds: [c.id, a.id] }));
    expect(first.media.map((m) => m.id)).toEqual([c.id, a.id]);
    expect(first.thread[0]?.media.map((m) => m.id)).toEqual([b.id]);
    const second = await json<PostBody>(await patch({ thread: [{ body: 'z' }, { body: 'w', mediaIds: [b.id] }] }));
    expect(second.media.map((m) => m.id)).toEqual([c.id, a.id]);
    expect(second.thread.map((part) => part.media.map((m) => m.id))).toEqual([[], [b.id]]);
    const other = await signUp();
    const theirs = await seedFileWithFacts(other);
    const problem = await expectProblem(await patch({ mediaIds: [theirs.id] }), 422);
    expect(problem.errors).toEqual([{ path: 'mediaIds[0]', message: expect.stringMatching(/No such file/) }]);
  });
});
