/**
 * Publishing to Bluesky through the API and the queue, on the real test PDS: connect with an
 * app password, publish a thread now, and the PDS holds each part once; a post with a picture
 * lands with its images embed, whose blob the PDS serves back as it was.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import { call, json, signUp, type TestUser } from '../../../test/factories';
import { pdsReady } from '../../../test/pds/ready';
import { seedFileWithFacts } from '../../../test/seed-post-media';

const pdsUrl = inject('pdsUrl');
const ws = (user: TestUser, path: string) => `/api/v1/workspaces/${user.workspaceId}${path}`;

async function pdsAccount(service: string) {
  const name = `p${crypto.randomUUID().slice(0, 12).replace('-', '')}`;
  const post = async (nsid: string, body: unknown, token?: string) => {
    const res = await fetch(`${service}/xrpc/${nsid}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${nsid}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, string>;
  };
  const created = await post('com.atproto.server.createAccount', {
    handle: `${name}.test`,
    email: `${name}@example.com`,
    password: `main-${crypto.randomUUID()}`,
  });
  const app = await post('com.atproto.server.createAppPassword', { name: 'crowsnest' }, created.accessJwt);
  return { handle: `${name}.test`, did: created.did ?? '', appPassword: app.password ?? '' };
}

/** A user of Crowsnest whose workspace has connected a fresh account of the test PDS. */
async function connectedAccount() {
  const service = pdsUrl ?? '';
  await pdsReady(service);
  const user = await signUp();
  const bsky = await pdsAccount(service);
  const connected = await call(ws(user, '/accounts'), {
    token: user.token,
    body: { platform: 'bluesky', serviceUrl: service, handle: bsky.handle, appPassword: bsky.appPassword },
  });
  expect(connected.status).toBe(201);
  const account = await json<{ id: string; limits: { maxChars: number; countsBy: string } }>(connected);
  return { service, user, bsky, account };
}

/** Creates a post to publish now and answers its first target's state once it has settled. */
async function publishedNow(user: TestUser, body: Record<string, unknown>) {
  const created = await call(ws(user, '/posts'), { token: user.token, body: { ...body, publishNow: true } });
  expect(created.status, await created.clone().text()).toBe(201);
  const { id } = await json<{ id: string }>(created);
  const status = async () =>
    (
      await json<{ targets: { status: string; url: string | null }[] }>(
        await call(ws(user, `/posts/${id}`), { token: user.token }),
      )
    ).targets[0];
  await expect.poll(async () => (await status())?.status, { timeout: 30_000 }).toBe('published');
  return status();
}

/** The post records of a repository, as its PDS lists them. */
async function postRecords<V>(service: string, did: string): Promise<{ value: V }[]> {
  const params = new URLSearchParams({ repo: did, collection: 'app.bsky.feed.post' });
  const listed = await fetch(`${service}/xrpc/com.atproto.repo.listRecords?${params}`);
  return ((await listed.json()) as { records: { value: V }[] }).records;
}

describe.skipIf(!pdsUrl)('publishing to Bluesky through the pipeline', () => {
  it('connects with an app password and publishes a thread now, each part once on the PDS', {
    timeout: 90_000,
  }, async () => {
    const { service, user, bsky, account } = await connectedAccount();
    expect(account.limits).toMatchObject({ maxChars: 300, countsBy: 'graphemes' });
    const target = await publishedNow(user, {
      body: 'First, with a link https://example.com and #crowsnest',
      thread: [{ body: 'Second' }, { body: 'Third' }],
      targets: [{ accountId: account.id }],
    });
    expect(target?.url).toMatch(/^https:\/\/bsky\.app\/profile\/.+\/post\/[a-z2-7]{13}$/);
    const records = await postRecords<{ text: string }>(service, bsky.did);
    expect(records.map((r) => r.value.text).sort()).toEqual(
      ['First, with a link https://example.com and #crowsnest', 'Second', 'Third'].sort(),
    );
  });

  it('publishes a post with a picture: an images embed with its alt text, the blob byte for byte', {
    timeout: 90_000,
  }, async () => {
    const { user, bsky, account, service } = await connectedAccount();
    const png = new Uint8Array(await (await fetch(`${env.FIXTURE_ORIGIN}/files/pipeline/thumb.png`)).arrayBuffer());
    const picture = await seedFileWithFacts(user, { width: 1, height: 1, alt: 'One teal pixel' }, png);
    await publishedNow(user, { body: 'A picture', mediaIds: [picture.id], targets: [{ accountId: account.id }] });
    const records = await postRecords<{
      text: string;
      embed?: {
        $type: string;
        images: { alt: string; aspectRatio: unknown; image: { ref: { $link: string }; mimeType: string } }[];
      };
    }>(service, bsky.did);
    expect(records).toHaveLength(1);
    const embed = records[0]?.value.embed;
    expect(embed?.$type).toBe('app.bsky.embed.images');
    expect(embed?.images).toHaveLength(1);
    const [image] = embed?.images ?? [];
    expect(image).toMatchObject({ alt: 'One teal pixel', aspectRatio: { width: 1, height: 1 } });
    expect(image?.image.mimeType).toBe('image/png');
    const blob = await fetch(
      `${service}/xrpc/com.atproto.sync.getBlob?${new URLSearchParams({ did: bsky.did, cid: image?.image.ref.$link ?? '' })}`,
    );
    expect(blob.status).toBe(200);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(png);
  });
});
