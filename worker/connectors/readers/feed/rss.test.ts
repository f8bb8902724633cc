import { describe, expect, it } from 'vitest';
import podcast from '../../../../test/fixtures/feeds/podcast.xml?raw';
import rss091 from '../../../../test/fixtures/feeds/rss-0.91.xml?raw';
import rdf from '../../../../test/fixtures/feeds/rss-1.0.rdf?raw';
import rss2 from '../../../../test/fixtures/feeds/rss-2.0.xml?raw';
import { parseFeed } from './index';

describe('RSS 2.0', () => {
  const feed = parseFeed(rss2, 'https://gazette.example/feed.xml');
  const [ships, ferry] = feed.items;

  it('reads the channel', () => {
    expect(feed).toMatchObject({
      format: 'rss',
      version: '2.0',
      title: 'The Harbour Gazette',
      link: 'https://gazette.example/',
      description: 'News from the harbour.',
      language: 'en-gb',
      imageUrl: 'https://gazette.example/images/logo.png',
      updated: '2025-01-06T09:30:00.000Z',
      authors: [{ name: 'News Desk', email: 'desk@gazette.example', url: null }],
    });
  });

  it('reads an item with Dublin Core, content:encoded, Media RSS and comments', () => {
    expect(ships).toEqual({
      id: 'gazette-2025-0142',
      guid: 'gazette-2025-0142',
      link: 'https://gazette.example/2025/01/tall-ships',
      title: 'Tall ships return & the crowds follow',
      contentHtml:
        '<p>Three schooners moored at dawn.</p><p><img src="https://gazette.example/img/schooner.jpg" alt=""></p>',
      summary: 'Three schooners moored at dawn.',
      authors: [{ name: 'Ada Quayside', email: null, url: null }],
      published: '2025-01-06T08:15:00.000Z',
      updated: null,
      categories: ['Harbour', 'Events'],
      enclosures: [],
      media: [
        {
          url: 'https://cdn.gazette.example/schooner-large.jpg',
          type: null,
          medium: 'image',
          width: 1200,
          height: 800,
        },
        { url: 'https://cdn.gazette.example/schooner-thumb.jpg', type: null, medium: 'image', width: 150, height: 100 },
      ],
      imageUrl: 'https://cdn.gazette.example/schooner-large.jpg',
      commentsUrl: 'https://gazette.example/2025/01/tall-ships#comments',
      durationSeconds: null,
    });
  });

  it('resolves relative links (in HTML too), reads an RSS author and an enclosure, and ids an item without guid by its link', () => {
    expect(ferry).toMatchObject({
      id: 'https://gazette.example/2025/01/ferry',
      guid: null,
      link: 'https://gazette.example/2025/01/ferry',
      contentHtml: 'New winter times — see the <a href="https://gazette.example/ferry">table</a>.',
      summary: 'New winter times — see the table.',
      authors: [{ name: 'Bo Tideman', email: 'ferries@gazette.example' }],
      published: '2025-01-05T17:00:00.000Z',
      enclosures: [{ url: 'https://gazette.example/timetable.pdf', type: 'application/pdf', length: 48213 }],
    });
  });

  it('resolves against the site when the feed is served from another origin', () => {
    const elsewhere = parseFeed(rss2, 'https://cdn.feeds.example/gazette');
    expect(elsewhere.items[1]?.link).toBe('https://gazette.example/2025/01/ferry');
    expect(elsewhere.imageUrl).toBe('https://gazette.example/images/logo.png');
  });
});

describe('RSS podcasts (iTunes)', () => {
  const feed = parseFeed(podcast, 'https://knots.example/podcast.xml');

  it('reads the show and its episodes', () => {
    expect(feed).toMatchObject({ imageUrl: 'https://knots.example/cover.jpg', authors: [{ name: 'Knots Crew' }] });
    expect(feed.items[0]).toMatchObject({
      link: 'https://knots.example/episodes/12', // a guid that is a permalink
      summary: 'Everything about the king of knots.',
      published: '2025-01-01T11:00:00.000Z',
      imageUrl: 'https://knots.example/12.jpg',
      durationSeconds: 3723,
      enclosures: [{ url: 'https://media.knots.example/12.mp3', type: 'audio/mpeg', length: 59000000 }],
    });
  });

  it('keeps an enclosure whose length is not a number, without the length', () => {
    expect(feed.items[1]?.enclosures).toEqual([
      { url: 'https://media.knots.example/11.mp3', type: 'audio/mpeg', length: null },
    ]);
    expect(feed.items[1]?.durationSeconds).toBe(2705);
  });
});

describe('RSS 0.91 and 1.0', () => {
  it('reads RSS 0.91', () => {
    const feed = parseFeed(rss091, 'http://lighthouse.example/rss');
    expect(feed).toMatchObject({ format: 'rss', version: '0.91', title: 'Lighthouse Notes', language: 'en-us' });
    expect(feed.items[0]).toMatchObject({ title: 'Lamp cleaned', link: 'http://lighthouse.example/notes/lamp' });
  });

  it('reads RSS 1.0: items beside the channel, ids from rdf:about, Dublin Core dates and creators', () => {
    const feed = parseFeed(rdf, 'https://tides.example/rss');
    expect(feed).toMatchObject({ format: 'rdf', version: '1.0', title: 'Tide Tables', language: 'nl' });
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      id: 'https://tides.example/2025-01-06',
      guid: null,
      published: '2025-01-05T23:00:00.000Z',
      authors: [{ name: 'Harbour Office' }],
      categories: ['tides'],
    });
  });
});
