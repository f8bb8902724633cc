import { beforeEach, describe, expect, it } from 'vitest';
import { envWith, fixturePath } from '../../../../test/outbound';
import { expectSaneItems, readerContext } from '../../../../test/reader-contract';
import { AuthExpired, BadRequest, RateLimited } from '../../../core/outbound/errors';
import { forgetHolds } from '../platform-common';
import type { RedditConfig } from './config';
import { forgetRedditTokens } from './oauth';
import { redditReader } from './reader';

/** A context whose Reddit bases point at the fixture server; with `app`, OAuth credentials too. */
function reddit(app?: { base?: string }) {
  const f = fixturePath();
  const testEnv = envWith({
    REDDIT_BASE: f.url(app?.base ?? '/reddit'),
    REDDIT_OAUTH_BASE: f.url('/reddit-oauth'),
    ...(app ? { REDDIT_CLIENT_ID: 'cn-client', REDDIT_CLIENT_SECRET: 'cn-secret' } : {}),
  });
  return { ctx: readerContext(testEnv), sent: f.sent };
}

const hot = (subreddit: string): RedditConfig => ({ subreddit, sort: 'hot' });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

beforeEach(() => {
  forgetHolds();
  forgetRedditTokens();
});

describe('reddit config', () => {
  it('takes a name, r/name or an address, and sorts by hot unless told', () => {
    for (const subreddit of [
      'typescript',
      'r/typescript',
      '/r/typescript/',
      'https://old.reddit.com/r/typescript/top/',
    ])
      expect(redditReader.config.parse({ subreddit })).toEqual({ subreddit: 'typescript', sort: 'hot' });
    expect(redditReader.config.parse({ subreddit: 'de', sort: 'rising' })).toEqual({ subreddit: 'de', sort: 'rising' });
    for (const subreddit of ['a', 'no spaces', '_under', 'https://example.com/r/typescript', 'x'.repeat(22)])
      expect(redditReader.config.safeParse({ subreddit }).success, subreddit).toBe(false);
    expect(redditReader.config.safeParse({ subreddit: 'ok_name', sort: 'best' }).error?.issues[0]?.message).toBe(
      'Sort by hot, new, top or rising.',
    );
  });

  it('names the source and ignores case in its identity', () => {
    expect(redditReader.defaultName(hot('typescript'))).toBe('r/typescript (hot)');
    expect(redditReader.identity(hot('TypeScript'))).toBe(redditReader.identity(hot('typescript')));
    expect(redditReader.identity(hot('typescript'))).not.toBe(
      redditReader.identity({ subreddit: 'typescript', sort: 'new' }),
    );
  });
});

describe('reddit public JSON', () => {
  it('reads posts with score, comments, upvote ratio, images and flags', async () => {
    const { ctx, sent } = reddit();
    const read = await redditReader.read(ctx, hot('typescript'));
    expectSaneItems(read.items, 'reddit');
    expect(read.source).toEqual({ title: 'r/typescript', url: 'https://www.reddit.com/r/typescript/' });
    expect(read.items).toHaveLength(7);
    const [sticky, image, gallery, link, nsfw, video, removed] = read.items;
    expect(sticky).toMatchObject({
      externalId: 't3_1cnst01',
      url: 'https://www.reddit.com/r/typescript/comments/1cnst01/weekly_help_thread_ask_anything_about_types/',
      title: 'Weekly help thread: ask anything about types',
      text: 'Post your questions here.\nRules: be kind & share a playground link.',
      author: 'AutoModerator',
      publishedAt: '2025-11-03T09:00:00.000Z',
      imageUrl: null,
      metrics: { score: 12, comments: 48 },
      tags: ['Meta'],
      extra: { stickied: true, upvoteRatio: 0.93, distinguished: 'moderator', editedAt: '2025-11-03T12:00:00.000Z' },
    });
    expect(sticky?.html).toContain('<strong>questions</strong>');
    expect(image).toMatchObject({
      mediaUrls: ['https://preview.redd.it/cnfixture02.png?width=1080&format=png&auto=webp&s=0a1b2c'],
      metrics: { score: 1543, comments: 87 },
      extra: { upvoteRatio: 0.97, crossposts: 3, nsfw: false, linkUrl: 'https://i.redd.it/cnfixture02.png' },
    });
    // In gallery order; a failed upload is left out.
    expect(gallery?.mediaUrls).toEqual([
      'https://preview.redd.it/cnga1.png?width=1600&format=png&auto=webp&s=ab',
      'https://preview.redd.it/cnga2.png?width=1600&format=png&auto=webp&s=cd',
    ]);
    expect(gallery?.extra.isGallery).toBe(true);
    expect(link).toMatchObject({
      text: null,
      imageUrl: 'https://external-preview.redd.it/cnFixture04.jpg?auto=webp&s=9f8e7d',
      extra: { linkUrl: 'https://devblogs.example.com/typescript/faster-checker/?utm_source=reddit&utm_medium=social' },
    });
    expect(nsfw).toMatchObject({ metrics: { score: -3 }, extra: { nsfw: true, spoiler: true } });
    expect(video?.extra.videoUrl).toBe('https://v.redd.it/cnfixture06/DASH_720.mp4?source=fallback');
    expect(removed).toMatchObject({ author: null, imageUrl: null, text: '[removed]' });
    const [request] = await sent();
    expect(request?.path).toBe('/reddit/r/typescript/hot.json?limit=100&raw_json=1');
    expect(request?.headers['user-agent']).toMatch(/^CrowsnestBot\//);
  });

  it('reads an empty listing', async () => {
    const read = await redditReader.read(reddit().ctx, { subreddit: 'typescript', sort: 'new' });
    expect(read).toMatchObject({ items: [], notModified: false });
  });

  it('says why a subreddit cannot be read', async () => {
    const { ctx } = reddit();
    const missing = await failure(redditReader.read(ctx, hot('nosuchsubhere')));
    expect(missing).toBeInstanceOf(BadRequest);
    expect((missing as BadRequest).message).toBe('There is no subreddit r/nosuchsubhere.');
    // Until outboundFetch hands over error bodies, the status alone has to do.
    for (const name of ['secretclub', 'quarantinedplace']) {
      const refused = await failure(redditReader.read(ctx, hot(name)));
      expect(refused).toBeInstanceOf(BadRequest);
      expect((refused as BadRequest).message).toMatch(new RegExp(`^(Reddit refused to show )?r/${name}`));
    }
    expect(await failure(redditReader.read(ctx, hot('bannedplace')))).toBeInstanceOf(BadRequest);
  });

  it('waits as long as Reddit asks, without asking again meanwhile', async () => {
    const { ctx, sent } = reddit();
    const limited = await failure(redditReader.read(ctx, hot('slowdown')));
    expect((limited as RateLimited).retryAfter).toBe(42);
    const again = await failure(redditReader.read(ctx, hot('typescript')));
    expect(again).toBeInstanceOf(RateLimited);
    expect(await sent()).toHaveLength(1);
  });
});

describe('reddit with an OAuth app', () => {
  it('gets an application-only token once and reads the OAuth listing with it', async () => {
    const { ctx, sent } = reddit({});
    const read = await redditReader.read(ctx, hot('typescript'));
    expect(read.items).toHaveLength(7);
    await redditReader.read(ctx, hot('typescript'));
    const [token, listing, second] = await sent();
    expect(token).toMatchObject({ method: 'POST', path: '/reddit/api/v1/access_token' });
    expect(token?.headers.authorization).toBe(`Basic ${btoa('cn-client:cn-secret')}`);
    expect(token?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(listing?.path).toBe('/reddit-oauth/r/typescript/hot?limit=100&raw_json=1');
    expect(listing?.headers.authorization).toBe('bearer cn-fixture-app-token');
    expect(second?.path).toBe(listing?.path);
  });

  it('refuses wrong app credentials as a matter for a person', async () => {
    const error = await failure(redditReader.read(reddit({ base: '/reddit-badauth' }).ctx, hot('typescript')));
    expect(error).toBeInstanceOf(AuthExpired);
    expect((error as AuthExpired).message).toMatch(/REDDIT_CLIENT_ID/);
  });

  it('tries once more with a fresh token when Reddit drops one', async () => {
    const { ctx, sent } = reddit({});
    expect(await failure(redditReader.read(ctx, hot('expiring')))).toBeInstanceOf(AuthExpired);
    expect((await sent()).map((r) => r.path.split('?')[0])).toEqual([
      '/reddit/api/v1/access_token',
      '/reddit-oauth/r/expiring/hot',
      '/reddit/api/v1/access_token',
      '/reddit-oauth/r/expiring/hot',
    ]);
  });

  it('holds back once the rate-limit window is spent', async () => {
    const { ctx } = reddit({});
    await redditReader.read(ctx, { subreddit: 'typescript', sort: 'rising' });
    const held = await failure(redditReader.read(ctx, hot('typescript')));
    expect(held).toBeInstanceOf(RateLimited);
    expect((held as RateLimited).retryAfter).toBeLessThanOrEqual(120);
  });
});
