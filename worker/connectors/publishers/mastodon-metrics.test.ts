import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { MASTODON_TOKEN, mastodonInstance } from '../../../test/mastodon';
import { AuthExpired, RateLimited } from '../../core/outbound/errors';
import { mastodon } from './mastodon';
import type { AccountSession } from './publisher';

async function setUp() {
  const server = mastodonInstance();
  const account: AccountSession = await mastodon.connect(env, {
    platform: 'mastodon',
    instanceUrl: server.url,
    accessToken: MASTODON_TOKEN,
  });
  const part = (body: string, index: number) => ({ targetId: 'tgt_m', index, body, key: `k-${index}`, media: [] });
  const first = await mastodon.publish(env, account, part('first', 0));
  const second = await mastodon.publish(env, account, part('second', 1));
  return { server, account, ids: [first.externalId, second.externalId] as const };
}

describe('mastodon numbers', () => {
  it("reads each status's favourites, reblogs, replies and quotes, and the account's audience", async () => {
    const { server, account, ids } = await setUp();
    await server.control({
      statusCounts: { [ids[0]]: { favourites_count: 7, reblogs_count: 2, replies_count: 1, quotes_count: 3 } },
      accountCounts: { followers_count: 120, following_count: 33 },
    });
    const numbers = await mastodon.metrics?.(env, account, [ids[0]]);
    expect(numbers?.get(ids[0])).toEqual({ likes: 7, reposts: 2, replies: 1, quotes: 3 });
    expect((await mastodon.metrics?.(env, account, [ids[1]]))?.get(ids[1])).toEqual({
      likes: 0,
      reposts: 0,
      replies: 0,
      quotes: 0,
    });
    // The account has published two statuses on the server.
    expect(await mastodon.audience?.(env, account)).toEqual({ followers: 120, following: 33, posts: 2 });
  });

  it('answers a deleted status (404) as gone, and a foreign id without asking', async () => {
    const { server, account, ids } = await setUp();
    await fetch(`${server.url}/api/v1/statuses/${ids[0]}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${MASTODON_TOKEN}` },
    });
    expect((await mastodon.metrics?.(env, account, [ids[0]]))?.get(ids[0])).toBe('gone');
    const requests = (await server.created()).requests;
    expect((await mastodon.metrics?.(env, account, ['../../admin']))?.get('../../admin')).toBe('gone');
    expect((await server.created()).requests).toBe(requests);
  });

  it('maps a refused token and a spent budget through the one error mapping', async () => {
    const { server, account, ids } = await setUp();
    const refused = { ...account, credentials: { accessToken: 'revoked' } };
    await expect(mastodon.metrics?.(env, refused, [ids[0]])).rejects.toThrow(AuthExpired);
    await expect(mastodon.audience?.(env, refused)).rejects.toThrow(AuthExpired);
    await server.control({ rateLimit: { times: 1, resetInSeconds: 90 } });
    const limited = await mastodon.metrics?.(env, account, [ids[0]]).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(RateLimited);
    expect((limited as RateLimited).retryAfter).toBeGreaterThan(60);
  });
});
