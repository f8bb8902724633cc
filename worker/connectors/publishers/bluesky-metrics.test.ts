import { describe, expect, it } from 'vitest';
import { appViewInstance } from '../../../test/appview';
import { envWith, fixturePath } from '../../../test/outbound';
import { bluesky } from './bluesky';
import { GET_POSTS_MAX } from './bluesky-metrics';
import type { AccountSession } from './publisher';

const DID = 'did:plc:cnfixturemetricsaaaaaaaa';
const uri = (rkey: string) => `at://${DID}/app.bsky.feed.post/${rkey}`;
const account: AccountSession = {
  serviceUrl: 'http://pds.invalid',
  externalId: DID,
  handle: 'metrics.test',
  credentials: {},
};

/** An AppView on the fixture server, its requests logged. */
function setUp() {
  const view = appViewInstance();
  const path = fixturePath();
  const base = path.url(new URL(view.url).pathname);
  return { view, sent: path.sent, env: envWith({ BLUESKY_APPVIEW_BASE: base }) };
}

describe('bluesky numbers', () => {
  it('reads likes, reposts, replies and quotes of up to 25 posts in one public getPosts', async () => {
    const { view, sent, env } = setUp();
    await view.control({
      posts: {
        [uri('3aaa')]: { likeCount: 12, repostCount: 3, replyCount: 2, quoteCount: 1 },
        [uri('3bbb')]: { likeCount: 0 },
      },
    });
    const numbers = await bluesky.metrics?.(env, account, [uri('3aaa'), uri('3bbb'), uri('3ccc')]);
    expect(numbers?.get(uri('3aaa'))).toEqual({ likes: 12, reposts: 3, replies: 2, quotes: 1 });
    expect(numbers?.get(uri('3bbb'))).toEqual({ likes: 0, reposts: 0, replies: 0, quotes: 0 });
    // Left out by the AppView: no answer this time, not "gone".
    expect(numbers?.has(uri('3ccc'))).toBe(false);
    const [request] = await sent();
    expect(request?.path).toContain('/xrpc/app.bsky.feed.getPosts?uris=');
    expect(new URL(request?.path ?? '', 'http://x').searchParams.getAll('uris')).toHaveLength(3);
    // Public: no session of the account is sent to the AppView.
    expect(request?.headers.authorization).toBeUndefined();
    expect(bluesky.metricsPage).toBe(GET_POSTS_MAX);
  });

  it('refuses more than 25 uris before asking', async () => {
    const { env, sent } = setUp();
    const many = Array.from({ length: 26 }, (_, i) => uri(`3x${i}`));
    await expect(bluesky.metrics?.(env, account, many)).rejects.toThrow(/at most 25/);
    expect(await sent()).toHaveLength(0);
  });

  it("reads the account's followers, follows and posts from getProfile", async () => {
    const { view, env, sent } = setUp();
    await view.control({ profile: { followersCount: 2048, followsCount: 12, postsCount: 99 } });
    expect(await bluesky.audience?.(env, account)).toEqual({ followers: 2048, following: 12, posts: 99 });
    expect((await sent())[0]?.path).toContain(`getProfile?actor=${encodeURIComponent(DID)}`);
  });
});
