import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { envWith, fixturePath } from '../../../../test/outbound';
import { expectSaneItems, readerContext } from '../../../../test/reader-contract';
import { BadRequest, type ConnectorError, RateLimited } from '../../../core/outbound/errors';
import { forgetHolds } from '../platform-common';
import { youtubeReader } from './reader';

const CHANNEL = 'UCcrowsnestFixture000001';

/** A context whose YouTube bases point at the fixture server, and what it sent there. */
function youtube(key?: string) {
  const f = fixturePath();
  const testEnv = envWith({
    YOUTUBE_BASE: f.url('/youtube'),
    YOUTUBE_API_BASE: f.url('/youtube-api'),
    ...(key ? { YOUTUBE_API_KEY: key } : {}),
  });
  return { ctx: readerContext(testEnv), sent: async () => (await f.sent()).map((r) => r.path) };
}

beforeEach(() => forgetHolds());

describe('youtube config', () => {
  it('takes a channel id, or an address that carries one, or a query', () => {
    const parse = (body: unknown) => youtubeReader.config.parse(body);
    expect(parse({ channelId: CHANNEL })).toEqual({ channelId: CHANNEL });
    expect(parse({ channelId: ` https://www.youtube.com/channel/${CHANNEL}/videos ` })).toEqual({ channelId: CHANNEL });
    expect(parse({ channelId: `youtube.com/feeds/videos.xml?channel_id=${CHANNEL}` })).toEqual({ channelId: CHANNEL });
    expect(parse({ query: '  harbour lights ' })).toEqual({ query: 'harbour lights' });
    for (const channelId of [
      'UCshort',
      'https://www.youtube.com/@harbourlights',
      `https://example.com/channel/${CHANNEL}`,
    ]) {
      expect(youtubeReader.config.safeParse({ channelId }).error?.issues[0]?.message).toMatch(/starts with UC/);
    }
    expect(youtubeReader.config.safeParse({}).error?.issues[0]?.message).toBe('Give a channelId or a query.');
  });

  it('names sources and tells them apart', () => {
    expect(youtubeReader.defaultName({ channelId: CHANNEL })).toBe(`YouTube: ${CHANNEL}`);
    expect(youtubeReader.identity({ query: 'Harbour  Lights' })).toBe(
      youtubeReader.identity({ query: 'harbour lights' }),
    );
    expect(youtubeReader.identity({ query: CHANNEL })).not.toBe(youtubeReader.identity({ channelId: CHANNEL }));
  });

  it('refuses a search without a Data API key, saying which secret to set', async () => {
    await expect(youtubeReader.validate({ env }, { query: 'x' })).rejects.toThrow(/set YOUTUBE_API_KEY/);
    await expect(youtubeReader.validate({ env: envWith({ YOUTUBE_API_KEY: 'k' }) }, { query: 'x' })).resolves.toBe(
      undefined,
    );
    await expect(youtubeReader.validate({ env }, { channelId: CHANNEL })).resolves.toBe(undefined);
  });
});

describe('youtube channel, no key', () => {
  it('reads the videos, views and likes from the public feed', async () => {
    const { ctx, sent } = youtube();
    const read = await youtubeReader.read(ctx, { channelId: CHANNEL });
    expectSaneItems(read.items, 'youtube');
    expect(read.source).toEqual({
      title: 'Harbour Lights Workshop',
      url: `https://www.youtube.com/channel/${CHANNEL}`,
    });
    expect(read.items.map((i) => i.externalId)).toEqual(['cnVideo0001', 'cnVideo0002', 'cnShort0003']);
    const [first, second, short] = read.items;
    expect(first).toMatchObject({
      url: 'https://www.youtube.com/watch?v=cnVideo0001',
      title: 'Restoring a 1950s brass lantern & its glass',
      text: 'Three weekends, one lantern.\nParts list in the pinned comment.',
      author: 'Harbour Lights Workshop',
      publishedAt: '2026-10-30T16:00:06.000Z',
      imageUrl: 'https://i1.ytimg.com/vi/cnVideo0001/hqdefault.jpg',
      metrics: { views: 48210, likes: 1843 },
      extra: { channelId: CHANNEL, isShort: false, ratingAverage: 5 },
    });
    expect(second).toMatchObject({ text: null, metrics: { views: 0, likes: 0 } });
    expect(short).toMatchObject({ url: 'https://www.youtube.com/shorts/cnShort0003', extra: { isShort: true } });
    expect(await sent()).toEqual([`/youtube/feeds/videos.xml?channel_id=${CHANNEL}`]);
  });

  it('asks again with the validators and gets "not modified"', async () => {
    const f = fixturePath();
    const testEnv = envWith({ YOUTUBE_BASE: f.url('/files/recorded/youtube') });
    const first = await youtubeReader.read(readerContext(testEnv), { channelId: CHANNEL });
    expect(first.items).toHaveLength(3);
    expect(first.etag).toMatch(/^"/);
    const again = await youtubeReader.read(readerContext(testEnv, first), { channelId: CHANNEL });
    expect(again).toMatchObject({ notModified: true, items: [] });
    expect((await f.sent())[1]?.headers['if-none-match']).toBe(first.etag);
  });

  it('reads a channel without videos as empty, and an unknown channel as a bad request', async () => {
    const { ctx } = youtube();
    const quiet = await youtubeReader.read(ctx, { channelId: 'UCcrowsnestFixtureEmpty1' });
    expect(quiet).toMatchObject({ items: [], source: { title: 'Quiet Channel' } });
    const missing = await youtubeReader.read(ctx, { channelId: 'UCcrowsnestFixtureNone01' }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(BadRequest);
    expect((missing as BadRequest).message).toBe('YouTube has no public channel UCcrowsnestFixtureNone01.');
  });
});

describe('youtube channel with the Data API', () => {
  it('adds comments, exact counts, duration, tags and the channel statistics', async () => {
    const { ctx, sent } = youtube('fixture-key');
    const read = await youtubeReader.read(ctx, { channelId: CHANNEL });
    expectSaneItems(read.items, 'youtube');
    expect(read.source).toEqual({
      title: 'Harbour Lights Workshop',
      url: `https://www.youtube.com/channel/${CHANNEL}`,
      description: 'Old lamps, lenses and the people who kept them lit.',
      imageUrl: 'https://yt3.ggpht.com/cn-fixture-avatar=s800-c-k-c0x00ffffff-no-rj',
      stats: { subscribers: 41200, videos: 187, views: 3120554 },
    });
    const [first, second, short] = read.items;
    expect(first).toMatchObject({
      metrics: { views: 48377, likes: 1851, comments: 164 },
      tags: ['restoration', 'brass', 'lantern', 'maritime history'],
      imageUrl: 'https://i.ytimg.com/vi/cnVideo0001/maxresdefault.jpg',
      extra: { durationSeconds: 877, definition: 'hd', categoryId: '26', language: 'en' },
    });
    expect(first?.text).toContain('Chapters:');
    // Comments turned off and likes hidden: the API leaves them out; the feed's rating stays.
    expect(second?.metrics).toEqual({ views: 12, likes: 0 });
    expect(second?.extra.durationSeconds).toBe(3723);
    expect(short).toMatchObject({ url: 'https://www.youtube.com/shorts/cnShort0003', extra: { durationSeconds: 31 } });
    expect((await sent()).map((path) => path.split('?')[0])).toEqual([
      '/youtube/feeds/videos.xml',
      '/youtube-api/channels',
      '/youtube-api/videos',
    ]);
  });

  it('keeps the feed when the quota is spent, and stops asking the API until it resets', async () => {
    const { ctx, sent } = youtube('spent-key');
    const read = await youtubeReader.read(ctx, { channelId: CHANNEL });
    expect(read.items[0]?.metrics).toEqual({ views: 48210, likes: 1843 });
    await youtubeReader.read(ctx, { channelId: CHANNEL });
    const paths = (await sent()).map((path) => path.split('?')[0] ?? '');
    expect(paths.filter((path) => path.startsWith('/youtube-api'))).toEqual(['/youtube-api/channels']);
  });

  it('reads a channel the API does not know from its feed alone', async () => {
    const { ctx } = youtube('fixture-key');
    const read = await youtubeReader.read(ctx, { channelId: 'UCcrowsnestFixtureEmpty1' });
    expect(read).toMatchObject({ items: [], source: { title: 'Quiet Channel' } });
  });
});

describe('youtube search', () => {
  it('finds videos and adds their statistics', async () => {
    const { ctx, sent } = youtube('fixture-key');
    const read = await youtubeReader.read(ctx, { query: 'harbour lights' });
    expectSaneItems(read.items, 'youtube');
    expect(read.source?.title).toBe('YouTube search: harbour lights');
    expect(read.items.map((i) => [i.externalId, i.metrics.views])).toEqual([
      ['cnSearch001', 201554],
      ['cnSearch002', 3301],
      ['cnSearch003', undefined],
    ]);
    expect(read.items[0]?.title).toBe("Tide tables & harbour lights: a beginner's guide");
    // Not in videos.list (gone, or not yet live): the search snippet, unescaped.
    expect(read.items[2]).toMatchObject({
      title: 'LIVE: relighting the north pier lamp',
      author: 'North Pier Trust',
      extra: { liveBroadcastContent: 'upcoming' },
    });
    expect(await sent()).toHaveLength(2);
  });

  it('reads an empty search without asking for statistics', async () => {
    const { ctx, sent } = youtube('fixture-key');
    expect((await youtubeReader.read(ctx, { query: 'nothing at all' })).items).toEqual([]);
    expect(await sent()).toHaveLength(1);
  });

  it('waits for the quota reset, and does not retry a refused key', async () => {
    const spent = await youtubeReader.read(youtube('spent-key').ctx, { query: 'x' }).catch((e: unknown) => e);
    expect(spent).toBeInstanceOf(RateLimited);
    expect((spent as RateLimited).retryAfter).toBeGreaterThan(60);
    const refused = await youtubeReader.read(youtube('bad-key').ctx, { query: 'x' }).catch((e: unknown) => e);
    expect((refused as ConnectorError).retryable).toBe(false);
    await expect(youtubeReader.read(youtube().ctx, { query: 'x' })).rejects.toThrow(/YOUTUBE_API_KEY/);
  });
});
