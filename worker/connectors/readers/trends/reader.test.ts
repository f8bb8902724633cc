import { beforeEach, describe, expect, it } from 'vitest';
import { envWith, fixturePath } from '../../../../test/outbound';
import { expectSaneItems, readerContext } from '../../../../test/reader-contract';
import { BadRequest, type RateLimited } from '../../../core/outbound/errors';
import { forgetHolds } from '../platform-common';
import { approxTraffic, trendId } from './parse-rss';
import { trendsReader } from './reader';

function trends(path = '/trends') {
  const f = fixturePath();
  return { testEnv: envWith({ TRENDS_BASE: f.url(path) }), sent: f.sent };
}

beforeEach(() => forgetHolds());

describe('trends config', () => {
  it('takes ISO 3166-1 country codes, in either case', () => {
    expect(trendsReader.config.parse({ geo: ' us ' })).toEqual({ geo: 'US' });
    expect(trendsReader.config.safeParse({ geo: 'UK' }).error?.issues[0]?.message).toBe(
      'Use GB for the United Kingdom (ISO 3166-1).',
    );
    for (const geo of ['XX', 'USA', 'EU', ''])
      expect(trendsReader.config.safeParse({ geo }).error?.issues[0]?.message).toMatch(/two-letter country code/);
  });

  it('names the source after the country', () => {
    expect(trendsReader.defaultName({ geo: 'US' })).toBe('Google Trends: United States');
    expect(trendsReader.identity({ geo: 'US' })).toBe('trends:US');
  });
});

describe('trends feed', () => {
  it('reads the trending searches with their traffic and news', async () => {
    const { testEnv, sent } = trends();
    const read = await trendsReader.read(readerContext(testEnv), { geo: 'US' });
    expectSaneItems(read.items, 'trends');
    expect(read.source).toEqual({ title: 'Daily Search Trends', url: 'https://trends.google.com/trending/rss?geo=US' });
    expect(read.items.map((i) => [i.externalId, i.metrics.views])).toEqual([
      ['US:2026-11-03:harbour lights festival', 20_000],
      ['US:2026-11-03:north pier', 200],
      ['US:2026-11-04:type checker 7', 2_000_000],
      ['US:2026-11-03:café ümlaut', 1000],
    ]);
    const [festival, pier, checker] = read.items;
    expect(festival).toMatchObject({
      url: 'https://trends.google.com/trends/explore?q=harbour%20lights%20festival&date=now%201-d&geo=US',
      title: 'harbour lights festival',
      text: "Harbour Lights Festival returns with 40 restored lanterns\nWhat's on this weekend: lanterns, ferries & a parade",
      publishedAt: '2026-11-04T06:40:00.000Z',
      imageUrl: 'https://encrypted-tbn0.gstatic.com/images?q=tbn:cnFixtureTrend01',
      extra: { geo: 'US', approxTraffic: '20K+', pictureSource: 'Coastal Courier' },
    });
    expect(festival?.extra.news).toEqual([
      {
        title: 'Harbour Lights Festival returns with 40 restored lanterns',
        url: 'https://coastal-courier.example/2026/11/03/harbour-lights-festival/?utm_source=trends&utm_medium=rss',
        source: 'Coastal Courier',
        imageUrl: 'https://encrypted-tbn0.gstatic.com/images?q=tbn:cnFixtureTrend01',
        snippet: null,
      },
      expect.objectContaining({ source: 'Weekend Guide', url: 'https://weekend-guide.example/whats-on' }),
    ]);
    expect(pier).toMatchObject({ text: null, imageUrl: null, mediaUrls: [], extra: { news: [] } });
    expect(checker?.extra.news).toEqual([
      expect.objectContaining({ snippet: 'The new checker runs ten times faster on large projects.' }),
    ]);
    expect((await sent())[0]?.path).toBe('/trends/trending/rss?geo=US');
  });

  it('asks again with the validators and gets "not modified"', async () => {
    const { testEnv, sent } = trends('/files/recorded/trends');
    const first = await trendsReader.read(readerContext(testEnv), { geo: 'US' });
    expect(first.items).toHaveLength(4);
    const again = await trendsReader.read(readerContext(testEnv, first), { geo: 'US' });
    expect(again).toMatchObject({ notModified: true, items: [], etag: first.etag });
    expect((await sent())[1]?.headers['if-none-match']).toBe(first.etag);
  });

  it('reads a country without trends as empty, says which have none, and waits when asked', async () => {
    const { testEnv } = trends();
    expect((await trendsReader.read(readerContext(testEnv), { geo: 'IS' })).items).toEqual([]);
    const none = await trendsReader.read(readerContext(testEnv), { geo: 'KP' }).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(BadRequest);
    expect((none as BadRequest).message).toBe('Google Trends has no daily trending searches for North Korea (KP).');
    const limited = await trendsReader.read(readerContext(testEnv), { geo: 'FR' }).catch((e: unknown) => e);
    expect((limited as RateLimited).retryAfter).toBe(600);
  });

  it('takes a page that is not the feed (a consent or block page) for a failing service', async () => {
    const ctx = readerContext(trends().testEnv);
    await expect(trendsReader.read(ctx, { geo: 'DE' })).rejects.toThrow(/other than its RSS feed/);
  });
});

describe('trend identity and traffic', () => {
  it('is one item per trend, country and day', () => {
    const now = new Date('2026-11-04T12:00:00Z');
    const monday = trendId('US', 'Harbour  Lights', 'Mon, 2 Nov 2026 23:50:00 -0800', now);
    expect(monday).toBe('US:2026-11-02:harbour lights');
    expect(trendId('US', 'harbour lights', 'Mon, 2 Nov 2026 09:00:00 -0800', now)).toBe(monday);
    expect(trendId('US', 'harbour lights', 'Tue, 3 Nov 2026 09:00:00 -0800', now)).not.toBe(monday);
    expect(trendId('GB', 'harbour lights', 'Mon, 2 Nov 2026 09:00:00 -0800', now)).not.toBe(monday);
    expect(trendId('US', 'harbour lights', null, now)).toBe('US:2026-11-04:harbour lights');
  });

  it('reads the traffic buckets Google writes', () => {
    const cases: [string | null, number | null][] = [
      ['200+', 200],
      ['200K+', 200_000],
      ['2M+', 2_000_000],
      ['1.5M+', 1_500_000],
      ['20,000+', 20_000],
      ['20.000+', 20_000],
      [' 5000+ ', 5000],
      ['lots', null],
      [null, null],
    ];
    for (const [text, expected] of cases) expect(approxTraffic(text), String(text)).toBe(expected);
  });
});
