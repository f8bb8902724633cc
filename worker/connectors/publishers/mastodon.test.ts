import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MASTODON_TOKEN, mastodonInstance } from '../../../test/mastodon';
import { envWith } from '../../../test/outbound';
import { AuthExpired, BadRequest, RateLimited, Unconfirmed } from '../../core/outbound/errors';
import { mastodon } from './mastodon';
import type { AccountSession, PartToPublish } from './publisher';

async function connected(url: string): Promise<AccountSession> {
  return mastodon.connect(env, { platform: 'mastodon', instanceUrl: `${url}/`, accessToken: MASTODON_TOKEN });
}

function part(body: string, index = 0, parent?: { externalId: string; url: string | null }): PartToPublish {
  const targetId = 'tgt_0001';
  return { targetId, index, body, media: [], key: mastodon.newKey(targetId, index), ...(parent ? { parent } : {}) };
}

describe('mastodon publisher', () => {
  it('connects: the account from verify_credentials, the limits from instance v2', async () => {
    const server = mastodonInstance();
    await server.control({
      statuses: { max_characters: 1000, max_media_attachments: 6, characters_reserved_per_url: 30 },
    });
    const account = await mastodon.connect(env, {
      platform: 'mastodon',
      instanceUrl: server.url,
      accessToken: MASTODON_TOKEN,
    });
    const host = new URL(server.url).host;
    expect(account).toMatchObject({
      serviceUrl: server.url,
      externalId: '117020457910412882',
      handle: `@mastodonpy_test@${host}`,
      name: `@mastodonpy_test@${host}`,
      credentials: { accessToken: MASTODON_TOKEN },
      limits: {
        maxChars: 1000,
        countsBy: 'characters',
        urlLength: 30,
        maxImages: 6,
        maxVideos: 1,
        maxImageBytes: 16777216,
        maxVideoBytes: 103809024,
        maxImagePixels: 33177600,
        maxVideoPixels: 8294400,
        mixesImagesAndVideos: false,
        videoTypes: ['video/webm', 'video/mp4', 'video/quicktime', 'video/ogg', 'video/x-ms-asf'],
      },
    });
  });

  it("falls back to Mastodon's defaults where the instance does not say", async () => {
    const server = mastodonInstance();
    await server.control({ statuses: null, mediaAttachments: null });
    const limits = await mastodon.limits(env, await connected(server.url));
    expect(limits).toEqual({
      maxChars: 500,
      countsBy: 'characters',
      urlLength: 23,
      maxImages: 4,
      maxVideos: 1,
      mixesImagesAndVideos: false,
    });
  });

  it('refuses a bad token as AuthExpired', async () => {
    const server = mastodonInstance();
    const connecting = mastodon.connect(env, { platform: 'mastodon', instanceUrl: server.url, accessToken: 'nope' });
    await expect(connecting).rejects.toThrow(AuthExpired);
    await expect(connecting).rejects.toThrow(/The access token is invalid/);
  });

  it('publishes a status with its Idempotency-Key and answers its id and URL', async () => {
    const server = mastodonInstance();
    const account = await connected(server.url);
    const published = await mastodon.publish(env, account, part('Fresh loaves at 7, #bakery'));
    const { statuses } = await server.created();
    expect(statuses).toHaveLength(1);
    expect(published).toEqual({
      externalId: statuses[0]?.id,
      url: `${server.url}/@mastodonpy_test/${statuses[0]?.id}`,
    });
    expect(statuses[0]?.content).toContain('#<span>bakery</span>');
  });

  it('publishes a thread as a chain of replies', async () => {
    const server = mastodonInstance();
    const account = await connected(server.url);
    const first = await mastodon.publish(env, account, part('1/3 How we bake'));
    const second = await mastodon.publish(env, account, part('2/3 Flour', 1, first));
    const third = await mastodon.publish(env, account, part('3/3 Water', 2, second));
    const { statuses } = await server.created();
    expect(statuses.map((s) => [s.id, s.in_reply_to_id])).toEqual([
      [first.externalId, null],
      [second.externalId, first.externalId],
      [third.externalId, second.externalId],
    ]);
  });

  it('a retry with the same key answers the first status and creates nothing', async () => {
    const server = mastodonInstance();
    const account = await connected(server.url);
    const once = await mastodon.publish(env, account, part('Only once'));
    const again = await mastodon.publish(env, account, part('Only once'));
    expect(again).toEqual(once);
    expect((await server.created()).count).toBe(1);
    expect(mastodon.newKey('tgt_0001', 0)).not.toBe(mastodon.newKey('tgt_0001', 1));
  });

  it("refuses a too-long status as BadRequest with Mastodon's message", async () => {
    const server = mastodonInstance();
    const account = await connected(server.url);
    const refused = mastodon.publish(env, account, part('a'.repeat(501)));
    await expect(refused).rejects.toThrow(BadRequest);
    await expect(refused).rejects.toThrow(/Text character limit of 500 exceeded/);
    expect((await server.created()).count).toBe(0);
  });

  it('a 429 is RateLimited until the X-RateLimit-Reset time', async () => {
    const server = mastodonInstance();
    const account = await connected(server.url);
    await server.control({ rateLimit: { times: 1, resetInSeconds: 120 } });
    const error = await mastodon.publish(env, account, part('Too soon')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimited);
    expect((error as RateLimited).retryAfter).toBeGreaterThanOrEqual(119);
    expect((error as RateLimited).retryAfter).toBeLessThanOrEqual(121);
  });

  it('after a lost answer, find finds the status; a resend with the key creates nothing', async () => {
    const server = mastodonInstance();
    const account = await connected(server.url);
    // Paragraphs, a remote mention and a long link: Mastodon's HTML of it is read back to the text.
    const opening = part('Opening\n\nat @jane@bread.example https://example.com/a/very/long/path/to/the/menu');
    const first = await mastodon.publish(env, account, opening);
    await server.control({ dropNextAnswer: true });
    const lost = part('Second\nline of the thread', 1, first);
    const impatient = envWith({ OUTBOUND_TIMEOUT_MS: '300' });
    await expect(mastodon.publish(impatient, account, lost)).rejects.toThrow(Unconfirmed);
    const { statuses } = await server.created();
    const found = await mastodon.find(env, account, lost);
    expect(found).toEqual({ externalId: statuses[1]?.id, url: `${server.url}/@mastodonpy_test/${statuses[1]?.id}` });
    expect(await mastodon.publish(env, account, lost)).toEqual(found);
    expect((await server.created()).count).toBe(2);
    expect(await mastodon.find(env, account, opening)).toEqual(first);
  });

  it('find answers null when nothing was posted, and tells parts apart by parent', async () => {
    const server = mastodonInstance();
    const account = await connected(server.url);
    expect(await mastodon.find(env, account, part('Never sent'))).toBeNull();
    const root = await mastodon.publish(env, account, part('Same words'));
    expect(await mastodon.find(env, account, part('Same words', 1, root))).toBeNull();
  });

  it('find pages back with max_id past the first 40 statuses', async () => {
    const server = mastodonInstance();
    const account = await connected(server.url);
    const early = await mastodon.publish(env, account, { ...part('The early one'), key: 'early' });
    for (let i = 0; i < 45; i++) await mastodon.publish(env, account, { ...part(`Filler ${i}`), key: `k${i}` });
    expect(await mastodon.find(env, account, part('The early one'))).toEqual(early);
  });
});
