/**
 * Files through the publishing pipeline to Mastodon (the fixture server, built on recorded
 * answers: an upload processed at once, and one answered 202 that must be waited for) and to a
 * webhook target (the files described in the delivery).
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, json, signUp, type TestUser } from '../../../test/factories';
import { MASTODON_TOKEN, mastodonInstance } from '../../../test/mastodon';
import { seedFileWithFacts } from '../../../test/seed-post-media';
import { fixtureHookUrl } from '../../../test/seed-publishing';
import { toHex } from '../../lib/encoding';

const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}${path}`;

async function connect(user: TestUser, body: Record<string, unknown>) {
  const res = await call(ws(user, '/accounts'), { token: user.token, body });
  expect(res.status).toBe(201);
  return json<{ id: string }>(res);
}

/** Publishes now and waits until the target settles; answers its status and error. */
async function publishNow(user: TestUser, body: Record<string, unknown>) {
  const res = await call(ws(user, '/posts'), { token: user.token, body: { ...body, publishNow: true } });
  expect(res.status, await res.clone().text()).toBe(201);
  const { id } = await json<{ id: string }>(res);
  const target = async () =>
    (
      await json<{ targets: { status: string; error: string | null }[] }>(
        await call(ws(user, `/posts/${id}`), { token: user.token }),
      )
    ).targets[0];
  await expect
    .poll(async () => (await target())?.status, { timeout: 30_000 })
    .toSatisfy((status) => !['queued', 'publishing'].includes(String(status)));
  return target();
}

const bytesOf = (text: string) => new TextEncoder().encode(text);
const sha256 = async (bytes: Uint8Array) => toHex(await crypto.subtle.digest('SHA-256', bytes));

describe('files through the pipeline', { timeout: 60_000 }, () => {
  for (const processing of [0, 2]) {
    it(`uploads each file to Mastodon with its alt text and attaches it (${processing ? '202, then polled' : '200 at once'})`, async () => {
      const user = await signUp();
      const server = mastodonInstance();
      await server.control({ mediaProcessing: processing });
      const account = await connect(user, {
        platform: 'mastodon',
        instanceUrl: server.url,
        accessToken: MASTODON_TOKEN,
      });
      const first = bytesOf('first picture’s bytes \u0000\u00ff');
      const second = bytesOf('second picture');
      const a = await seedFileWithFacts(user, { alt: 'A loaf on the counter' }, first);
      const b = await seedFileWithFacts(user, { contentType: 'image/jpeg', alt: null }, second);
      const c = await seedFileWithFacts(user, { alt: 'Crumbs' });
      const target = await publishNow(user, {
        body: 'Fresh bread',
        mediaIds: [a.id, b.id],
        thread: [{ body: 'The last of it', mediaIds: [c.id] }],
        targets: [{ accountId: account.id }],
      });
      expect(target).toMatchObject({ status: 'published', error: null });
      const { statuses, media } = await server.created();
      expect(statuses.map((s) => s.media_attachments.map((m) => m.description))).toEqual([
        ['A loaf on the counter', null],
        ['Crumbs'],
      ]);
      expect(statuses.flatMap((s) => s.media_attachments.map((m) => m.url))).not.toContain(null);
      const uploaded = new Map(media.map((m) => [m.id, m]));
      const [firstUpload, secondUpload] = (statuses[0]?.media_attachments ?? []).map((m) => uploaded.get(m.id));
      expect(firstUpload).toMatchObject({
        contentType: 'image/png',
        bytes: first.byteLength,
        sha256: await sha256(first),
      });
      expect(secondUpload).toMatchObject({ contentType: 'image/jpeg', sha256: await sha256(second) });
    });
  }

  it('fails the target with the reason when the file is gone from storage', async () => {
    const user = await signUp();
    const server = mastodonInstance();
    const account = await connect(user, { platform: 'mastodon', instanceUrl: server.url, accessToken: MASTODON_TOKEN });
    const gone = await seedFileWithFacts(user, { filename: 'gone.png' });
    await env.MEDIA.delete(gone.r2Key);
    const target = await publishNow(user, { body: 'x', mediaIds: [gone.id], targets: [{ accountId: account.id }] });
    expect(target).toMatchObject({ status: 'failed', error: 'The file gone.png is no longer in storage.' });
    expect((await server.created()).count).toBe(0);
  });

  it('describes the files in a webhook delivery', async () => {
    const user = await signUp();
    const url = fixtureHookUrl();
    const account = await connect(user, { platform: 'webhook', url });
    const video = await seedFileWithFacts(user, {
      kind: 'video',
      contentType: 'video/mp4',
      width: 1280,
      height: 720,
      durationMs: 12_500,
      alt: 'The oven door opening',
    });
    const target = await publishNow(user, {
      body: 'Out of the oven',
      mediaIds: [video.id],
      targets: [{ accountId: account.id }],
    });
    expect(target?.status).toBe('published');
    const received = (await (await fetch(`${url}/__received`)).json()) as { deliveries: { body: string }[] };
    const delivered = JSON.parse(received.deliveries[0]?.body ?? '{}') as { data: { media: unknown[] } };
    expect(delivered.data.media).toEqual([
      {
        id: video.id,
        type: 'video/mp4',
        bytes: video.bytes,
        sha256: video.sha256,
        width: 1280,
        height: 720,
        durationMs: 12_500,
        alt: 'The oven door opening',
      },
    ]);
  });
});
