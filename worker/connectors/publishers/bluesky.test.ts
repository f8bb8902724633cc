/**
 * The Bluesky publisher against a real PDS (the reference implementation, started by
 * test/pds/setup.ts), reached through the outbound guard like any address a user gives.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { envWith } from '../../../test/outbound';
import { pdsReady } from '../../../test/pds/ready';
import { AuthExpired, BadRequest } from '../../core/outbound/errors';
import { TID_SYNTAX } from '../../lib/tid';
import { BLUESKY_LIMITS, bluesky } from './bluesky';
import type { AccountSession, Connected, PartToPublish, PublishedPart } from './publisher';

const pdsUrl = inject('pdsUrl');
const POST = 'app.bsky.feed.post';

/** A Bluesky account on the test PDS, signed in with an app password of its own. */
async function newAccount(service: string) {
  const name = `u${crypto.randomUUID().slice(0, 12).replace('-', '')}`;
  const handle = `${name}.test`;
  const created = await xrpcPost(service, 'com.atproto.server.createAccount', {
    handle,
    email: `${name}@example.com`,
    password: `main-${crypto.randomUUID()}`,
  });
  const app = await xrpcPost(service, 'com.atproto.server.createAppPassword', { name: 'crowsnest' }, created.accessJwt);
  return { handle, did: String(created.did), appPassword: String(app.password), accessJwt: String(created.accessJwt) };
}

// Test scaffolding talks to the PDS directly; only the publisher goes through outboundSend.
async function xrpcPost(service: string, nsid: string, input: unknown, token?: unknown) {
  const res = await fetch(`${service}/xrpc/${nsid}`, {
    method: 'POST',
    headers: {
      ...(input === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(input === undefined ? {} : { body: JSON.stringify(input) }),
  });
  if (!res.ok) throw new Error(`${nsid} answered ${res.status}: ${await res.text()}`);
  const text = await res.text();
  return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
}

async function xrpcGet<T>(service: string, nsid: string, params: Record<string, string>): Promise<T> {
  const res = await fetch(`${service}/xrpc/${nsid}?${new URLSearchParams(params)}`);
  if (!res.ok) throw new Error(`${nsid} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

interface PostRecord {
  text: string;
  facets?: { index: { byteStart: number; byteEnd: number }; features: Record<string, string>[] }[];
  reply?: { root: { uri: string; cid: string }; parent: { uri: string; cid: string } };
}

const rkeyOf = (uri: string) => uri.split('/').pop() ?? '';

function part(index: number, body: string, thread: Pick<PartToPublish, 'root' | 'parent'> = {}): PartToPublish {
  return { targetId: `tg_${crypto.randomUUID()}`, index, body, media: [], key: bluesky.newKey('tg', index), ...thread };
}

describe.skipIf(!pdsUrl)('Bluesky publisher on a real PDS', () => {
  const service = pdsUrl ?? '';
  const env = envWith({ OUTBOUND_ALLOW_HOSTS: pdsUrl ? new URL(pdsUrl).host : '' });
  beforeAll(() => pdsReady(service), 70_000);

  const connected = async (): Promise<Connected & { did: string }> => {
    const account = await newAccount(service);
    return {
      did: account.did,
      ...(await bluesky.connect(env, { platform: 'bluesky', serviceUrl: service, ...account })),
    };
  };
  const record = (account: AccountSession, published: PublishedPart) =>
    xrpcGet<{ cid: string; value: PostRecord }>(service, 'com.atproto.repo.getRecord', {
      repo: account.externalId,
      collection: POST,
      rkey: rkeyOf(published.externalId),
    });
  const postCount = async (account: AccountSession) =>
    (
      await xrpcGet<{ records: unknown[] }>(service, 'com.atproto.repo.listRecords', {
        repo: account.externalId,
        collection: POST,
        limit: '100',
      })
    ).records.length;

  it('connects with an app password: the DID, the handle, a session and the limits', async () => {
    const account = await newAccount(service);
    const got = await bluesky.connect(env, { platform: 'bluesky', serviceUrl: service, ...account });
    expect(got).toMatchObject({ serviceUrl: service, externalId: account.did, handle: account.handle });
    // The test PDS has no AppView to ask for a display name: the handle stands in.
    expect(got.name).toBe(`@${account.handle}`);
    expect(got.credentials.accessJwt).toMatch(/^ey/);
    expect(got.credentials.refreshJwt).toMatch(/^ey/);
    expect(got.limits).toEqual(BLUESKY_LIMITS);
  });

  it('refuses a wrong password as a bad request with Bluesky’s reason', async () => {
    const account = await newAccount(service);
    const attempt = bluesky.connect(env, {
      platform: 'bluesky',
      serviceUrl: service,
      handle: `@${account.handle}`,
      appPassword: 'aaaa-bbbb-cccc-dddd',
    });
    await expect(attempt).rejects.toThrow(BadRequest);
    await expect(attempt).rejects.toThrow(/Invalid identifier or password/);
  });

  it('posts with link, mention and hashtag facets at the right UTF-8 byte ranges', async () => {
    const account = await connected();
    const friend = await newAccount(service);
    const body = `Crème brûlée 🦅👩‍💻 with @${friend.handle} and @nobody-here.test: https://example.com/café?x=1. #Pâtisserie`;
    const published = await bluesky.publish(env, account, part(0, body));

    const key = rkeyOf(published.externalId);
    expect(key).toMatch(TID_SYNTAX);
    expect(published.externalId).toBe(`at://${account.externalId}/${POST}/${key}`);
    expect(published.url).toBe(`https://bsky.app/profile/${account.handle}/post/${key}`);
    const stored = await record(account, published);
    expect(published.ref?.cid).toBe(stored.cid);
    expect(stored.value.text).toBe(body);

    const bytes = new TextEncoder().encode(body);
    const facets = (stored.value.facets ?? []).map((f) => ({
      covers: new TextDecoder().decode(bytes.slice(f.index.byteStart, f.index.byteEnd)),
      feature: f.features[0],
    }));
    expect(facets).toEqual([
      { covers: `@${friend.handle}`, feature: { $type: 'app.bsky.richtext.facet#mention', did: friend.did } },
      {
        covers: 'https://example.com/café?x=1',
        feature: { $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/café?x=1' },
      },
      { covers: '#Pâtisserie', feature: { $type: 'app.bsky.richtext.facet#tag', tag: 'Pâtisserie' } },
    ]);
  });

  it('publishes a thread of three: each reply cites the first post as root and the one before as parent', async () => {
    const account = await connected();
    const first = await bluesky.publish(env, account, part(0, 'A thread, 1/3'));
    const second = await bluesky.publish(env, account, part(1, '2/3', { root: first, parent: first }));
    const third = await bluesky.publish(env, account, part(2, '3/3', { root: first, parent: second }));

    const ref = (p: PublishedPart) => ({ uri: p.externalId, cid: p.ref?.cid });
    expect((await record(account, first)).value.reply).toBeUndefined();
    expect((await record(account, second)).value.reply).toEqual({ root: ref(first), parent: ref(first) });
    expect((await record(account, third)).value.reply).toEqual({ root: ref(first), parent: ref(second) });
  });

  it('answers the post already there when a retry sends the same key, without posting twice', async () => {
    const account = await connected();
    const once = part(0, 'Only once, whatever happens.');
    const first = await bluesky.publish(env, account, once);
    expect(await postCount(account)).toBe(1);

    const again = await bluesky.publish(env, account, { ...once, body: 'Only once, whatever happens.' });
    expect(again).toEqual(first);
    expect(await postCount(account)).toBe(1);
  });

  it('finds a part by its key only once it is published', async () => {
    const account = await connected();
    const later = part(0, 'Looked up before and after.');
    expect(await bluesky.find(env, account, later)).toBeNull();
    const published = await bluesky.publish(env, account, later);
    expect(await bluesky.find(env, account, later)).toEqual(published);
  });

  it('renews the session with the refresh token, and says AuthExpired once the app password is revoked', async () => {
    const owner = await newAccount(service);
    const account = await bluesky.connect(env, { platform: 'bluesky', serviceUrl: service, ...owner });
    const refresh = (refreshJwt: string) =>
      bluesky.refresh?.(env, { ...account, credentials: { ...account.credentials, refreshJwt } }) ??
      Promise.reject(new Error('no refresh'));

    const renewed = await refresh(account.credentials.refreshJwt ?? '');
    expect(renewed.refreshJwt).not.toBe(account.credentials.refreshJwt);
    const published = await bluesky.publish(
      env,
      { ...account, credentials: renewed },
      part(0, 'Posted after renewal.'),
    );
    expect(published.externalId).toContain(account.externalId);

    // The PDS keeps a used refresh token valid for two hours, for a client whose renewal
    // answer was lost: renewing again is safe, and gives the same session.
    const retried = await refresh(account.credentials.refreshJwt ?? '');
    expect(retried.accessJwt).toMatch(/^ey/);

    // The person revokes Crowsnest's app password: every refresh token of it is refused.
    await xrpcPost(service, 'com.atproto.server.revokeAppPassword', { name: 'crowsnest' }, owner.accessJwt);
    for (const refreshJwt of [renewed.refreshJwt ?? '', account.credentials.refreshJwt ?? '']) {
      const attempt = refresh(refreshJwt);
      await expect(attempt).rejects.toThrow(AuthExpired);
      await expect(attempt).rejects.toThrow(/Reconnect.*revoked/);
    }
  });

  it('says AuthExpired when the session was ended, signed out at the PDS', async () => {
    const account = await connected();
    await xrpcPost(service, 'com.atproto.server.deleteSession', undefined, account.credentials.refreshJwt);
    await expect(bluesky.refresh?.(env, account)).rejects.toThrow(AuthExpired);
  });

  it('says AuthExpired for a refused access token, so the pipeline refreshes and retries', async () => {
    const account = await connected();
    const broken = { ...account, credentials: { ...account.credentials, accessJwt: 'eyJhbGciOiJIUzI1NiJ9.e30.x' } };
    await expect(bluesky.publish(env, broken, part(0, 'Never sent.'))).rejects.toThrow(AuthExpired);
    expect(await postCount(account)).toBe(0);
  });
});

if (!pdsUrl) {
  const hint =
    'Bluesky publisher tests skipped: the test PDS is not installed: run `npm run pds:install` (a few minutes, once).';
  // A skipped file's test names are not printed by the default reporter: say it out loud too.
  console.warn(hint);
  it.skip(hint, () => {});
}
