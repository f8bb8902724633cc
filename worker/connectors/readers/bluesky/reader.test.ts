import { beforeEach, describe, expect, it } from 'vitest';
import { envWith, fixturePath } from '../../../../test/outbound';
import { expectSaneItems, readerContext } from '../../../../test/reader-contract';
import { BadRequest, type RateLimited, Unavailable } from '../../../core/outbound/errors';
import { forgetHolds } from '../platform-common';
import { blueskyReader } from './reader';

const DID = 'did:plc:cnfixtureharbourlightsaa';
const CDN = 'https://cdn.bsky.app/img';

function bluesky() {
  const f = fixturePath();
  return { ctx: readerContext(envWith({ BLUESKY_APPVIEW_BASE: f.url('/bluesky') })), sent: f.sent };
}
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

beforeEach(() => forgetHolds());

describe('bluesky config', () => {
  it('takes handles, DIDs and profile links, or a query', () => {
    const handle = (value: string) => blueskyReader.config.parse({ handle: value });
    for (const value of [
      'harbourlights.bsky.social',
      '@HarbourLights.bsky.social',
      'https://bsky.app/profile/harbourlights.bsky.social/post/3mcnfix1aaa2k',
    ])
      expect(handle(value)).toEqual({ handle: 'harbourlights.bsky.social' });
    expect(handle(DID)).toEqual({ handle: DID });
    expect(handle(`bsky.app/profile/${DID.replaceAll(':', '%3A')}`)).toEqual({ handle: DID });
    expect(handle('did:web:example.com')).toEqual({ handle: 'did:web:example.com' });
    for (const value of ['alice', 'alice.bsky.social/', 'handle.invalid', 'did:plc:short', 'a..b.com', '1.2.3.4'])
      expect(blueskyReader.config.safeParse({ handle: value }).error?.issues[0]?.message, value).toMatch(/domain name/);
    expect(blueskyReader.config.parse({ query: ' lighthouse ' })).toEqual({ query: 'lighthouse' });
    expect(blueskyReader.config.safeParse({}).error?.issues[0]?.message).toBe('Give a handle or a query.');
  });

  it('names sources and tells them apart', () => {
    expect(blueskyReader.defaultName({ handle: 'harbourlights.bsky.social' })).toBe(
      'Bluesky: @harbourlights.bsky.social',
    );
    expect(blueskyReader.defaultName({ handle: DID })).toBe(`Bluesky: ${DID}`);
    expect(blueskyReader.defaultName({ query: 'lighthouse' })).toBe('Bluesky search: lighthouse');
    expect(blueskyReader.identity({ query: 'Lighthouse  Lens' })).toBe(
      blueskyReader.identity({ query: 'lighthouse lens' }),
    );
  });
});

describe('bluesky author feed', () => {
  it("reads the account's own posts with their counts, images, links and threads", async () => {
    const { ctx, sent } = bluesky();
    const read = await blueskyReader.read(ctx, { handle: 'harbourlights.bsky.social' });
    expectSaneItems(read.items, 'bluesky');
    expect(read.source).toEqual({
      title: 'Harbour Lights Workshop (@harbourlights.bsky.social)',
      url: 'https://bsky.app/profile/harbourlights.bsky.social',
      imageUrl: `${CDN}/avatar/plain/${DID}/bafkreicnfixtureavatarharb@jpeg`,
      // From the account's profile: followers make engagement per follower possible.
      stats: { followers: 1287, follows: 301, posts: 412 },
    });
    // The repost of someone else's post is left out.
    expect(read.items.map((i) => i.externalId.split('/').pop())).toEqual([
      '3mcnfix1aaa2k',
      '3mcnfix2bbb2k',
      '3mcnfix4ddd2k',
      '3mcnfix5eee2k',
    ]);
    const [pinned, link, video, quote] = read.items;
    expect(pinned).toMatchObject({
      externalId: `at://${DID}/app.bsky.feed.post/3mcnfix1aaa2k`,
      url: 'https://bsky.app/profile/harbourlights.bsky.social/post/3mcnfix1aaa2k',
      title: null,
      text: 'Forty lanterns, one weekend. Festival photos below #harbourlights #restoration',
      author: 'Harbour Lights Workshop',
      publishedAt: '2026-11-01T17:30:00.000Z',
      mediaUrls: [
        `${CDN}/feed_fullsize/plain/${DID}/bafkreicnfiximg1@jpeg`,
        `${CDN}/feed_fullsize/plain/${DID}/bafkreicnfiximg2@jpeg`,
      ],
      imageUrl: `${CDN}/feed_fullsize/plain/${DID}/bafkreicnfiximg1@jpeg`,
      metrics: { likes: 120, comments: 9, shares: 17 },
      tags: ['harbourlights', 'restoration'],
      extra: {
        likeCount: 120,
        repostCount: 14,
        replyCount: 9,
        quoteCount: 3,
        bookmarkCount: 5,
        pinned: true,
        langs: ['en'],
      },
    });
    expect(link).toMatchObject({
      mediaUrls: [],
      imageUrl: `${CDN}/feed_thumbnail/plain/${DID}/bafkreicnfixext2@jpeg`,
      extra: {
        link: { uri: 'https://harbourlights.example/blog/reflector', title: 'Re-silvering a reflector' },
        pinned: false,
      },
    });
    expect(video).toMatchObject({
      mediaUrls: [expect.stringMatching(/thumbnail\.jpg$/)],
      extra: {
        replyTo: `at://${DID}/app.bsky.feed.post/3mcnfix5eee2k`,
        videoPlaylist: expect.stringMatching(/playlist\.m3u8$/),
      },
    });
    expect(quote).toMatchObject({
      mediaUrls: [`${CDN}/feed_fullsize/plain/${DID}/bafkreicnfiximg5@jpeg`],
      extra: { quotes: 'at://did:plc:cnfixtureothercrewmateb/app.bsky.feed.post/3mcnfix3ccc2k' },
    });
    expect((await sent()).map((r) => r.path)).toEqual([
      '/bluesky/xrpc/app.bsky.feed.getAuthorFeed?actor=harbourlights.bsky.social&limit=100&filter=posts_and_author_threads',
      '/bluesky/xrpc/app.bsky.actor.getProfile?actor=harbourlights.bsky.social',
    ]);
  });

  it('reads by DID too, and an account without posts as empty', async () => {
    const { ctx } = bluesky();
    expect((await blueskyReader.read(ctx, { handle: DID })).source?.url).toBe(
      'https://bsky.app/profile/harbourlights.bsky.social',
    );
    expect(await blueskyReader.read(ctx, { handle: 'quiet.bsky.social' })).toMatchObject({
      items: [],
      source: { title: '@quiet.bsky.social', url: 'https://bsky.app/profile/quiet.bsky.social' },
    });
    // That answer said the rate-limit window is spent: nothing more is sent until it resets.
    const held = await failure(blueskyReader.read(ctx, { handle: DID }));
    expect((held as RateLimited).retryAfter).toBeLessThanOrEqual(300);
  });

  it('says when there is no such account', async () => {
    const missing = await failure(blueskyReader.read(bluesky().ctx, { handle: 'nobody.bsky.social' }));
    expect(missing).toBeInstanceOf(BadRequest);
    // With the XRPC body at hand the takedown is named; from the status alone it is a bad request too.
    expect(await failure(blueskyReader.read(bluesky().ctx, { handle: 'gone.bsky.social' }))).toBeInstanceOf(BadRequest);
  });
});

describe('bluesky search', () => {
  it('finds posts, newest first, with links that work for broken handles', async () => {
    const { ctx, sent } = bluesky();
    const read = await blueskyReader.read(ctx, { query: 'lighthouse lens' });
    expectSaneItems(read.items, 'bluesky');
    expect(read.source).toEqual({
      title: 'Bluesky search: lighthouse lens',
      url: 'https://bsky.app/search?q=lighthouse%20lens',
    });
    const [first, broken] = read.items;
    expect(first).toMatchObject({
      author: 'Crewmate',
      publishedAt: '2026-11-02T06:00:00.000Z',
      metrics: { likes: 7, comments: 1, shares: 0 },
      tags: ['museums'],
      extra: { langs: ['en', 'de'] },
    });
    expect(broken).toMatchObject({
      url: 'https://bsky.app/profile/did:plc:cnfixtureinvalidhandlec/post/3mcnfixs2bb2k',
      author: 'did:plc:cnfixtureinvalidhandlec',
    });
    expect((await sent())[0]?.path).toBe(
      '/bluesky/xrpc/app.bsky.feed.searchPosts?q=lighthouse+lens&sort=latest&limit=100',
    );
  });

  it('reads an empty search, and takes a closed search for a passing outage', async () => {
    const { ctx } = bluesky();
    expect((await blueskyReader.read(ctx, { query: 'zzzz' })).items).toEqual([]);
    const closed = await failure(blueskyReader.read(ctx, { query: 'closed' }));
    expect(closed).toBeInstanceOf(Unavailable);
    expect((closed as Unavailable).message).toMatch(/public post search is closed/);
  });

  it('waits as long as the AppView asks', async () => {
    const limited = await failure(blueskyReader.read(bluesky().ctx, { query: 'busy' }));
    expect((limited as RateLimited).retryAfter).toBe(30);
  });
});
