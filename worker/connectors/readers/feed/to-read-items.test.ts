import { describe, expect, it } from 'vitest';
import atom10 from '../../../../test/fixtures/feeds/atom-1.0.xml?raw';
import rss2 from '../../../../test/fixtures/feeds/rss-2.0.xml?raw';
import hostileJson from '../../../../test/fixtures/unsafe-links/feed.json?raw';
import hostileRss from '../../../../test/fixtures/unsafe-links/feed.xml?raw';
import type { ReadItem } from '../types';
import { feedToItems, feedToReadResult, parseFeed } from './index';

describe('feedToItems', () => {
  it('maps an item to the shared content model', () => {
    const feed = parseFeed(rss2, 'https://gazette.example/feed.xml');
    const [ships] = feedToItems(feed);
    expect(ships).toEqual<ReadItem>({
      externalId: 'gazette-2025-0142',
      url: 'https://gazette.example/2025/01/tall-ships',
      title: 'Tall ships return & the crowds follow',
      text: 'Three schooners moored at dawn.',
      html: '<p>Three schooners moored at dawn.</p><p><img src="https://gazette.example/img/schooner.jpg" alt=""></p>',
      author: 'Ada Quayside',
      publishedAt: '2025-01-06T08:15:00.000Z',
      mediaUrls: ['https://cdn.gazette.example/schooner-large.jpg', 'https://cdn.gazette.example/schooner-thumb.jpg'],
      imageUrl: 'https://cdn.gazette.example/schooner-large.jpg',
      metrics: {},
      tags: ['Harbour', 'Events'],
      extra: {
        media: feed.items[0]?.media,
        commentsUrl: 'https://gazette.example/2025/01/tall-ships#comments',
        language: 'en-gb',
      },
    });
  });

  it("falls back to the feed's author, as Atom entries inherit it", () => {
    const [fog, tides] = feedToItems(parseFeed(atom10, 'https://quai.example/blog/atom.xml'));
    expect(fog?.author).toBe('Marie Amarre');
    expect(tides?.author).toBe('Jules');
  });

  it('describes the source', () => {
    expect(feedToReadResult(parseFeed(rss2, 'https://gazette.example/feed.xml')).source).toEqual({
      title: 'The Harbour Gazette',
      url: 'https://gazette.example/',
      description: 'News from the harbour.',
      imageUrl: 'https://gazette.example/images/logo.png',
    });
  });

  it('keeps only absolute http(s) links: never javascript:, data: or vbscript:', () => {
    const rss = feedToReadResult(parseFeed(hostileRss, 'https://harbour.example/feed.xml'));
    expect(rss.source).toMatchObject({ url: null, imageUrl: null });
    expect(
      rss.items.map(({ externalId, url, mediaUrls, imageUrl }) => ({ externalId, url, mediaUrls, imageUrl })),
    ).toEqual([
      { externalId: 'hostile-1', url: null, mediaUrls: ['https://media.example/episode-1.mp3'], imageUrl: null },
      { externalId: 'hostile-2', url: null, mediaUrls: [], imageUrl: null },
      {
        externalId: 'hostile-3',
        url: 'https://harbour.example/posts/fine',
        mediaUrls: ['https://media.example/photo.jpg'],
        imageUrl: 'https://media.example/photo.jpg',
      },
    ]);
    expect(rss.items[0]?.extra).toEqual({
      enclosures: [{ url: 'https://media.example/episode-1.mp3', type: 'audio/mpeg', length: 1200 }],
    });

    const json = feedToReadResult(parseFeed(hostileJson, 'https://harbour.example/feed.json'));
    expect(json.source).toMatchObject({ url: null, imageUrl: null });
    expect(json.items[0]).toMatchObject({
      url: null,
      imageUrl: null,
      mediaUrls: ['https://media.example/json-episode.mp3'],
      extra: { enclosures: [{ url: 'https://media.example/json-episode.mp3', type: 'audio/mpeg', length: null }] },
    });
  });
});
