import { describe, expect, it } from 'vitest';
import atom03 from '../../../../test/fixtures/feeds/atom-0.3.xml?raw';
import atom10 from '../../../../test/fixtures/feeds/atom-1.0.xml?raw';
import { parseFeed } from './index';

describe('Atom 1.0', () => {
  const feed = parseFeed(atom10, 'https://quai.example/blog/atom.xml');
  const [fog, tides] = feed.items;

  it('reads the feed: html title as text, xml:lang, logo and links against xml:base', () => {
    expect(feed).toMatchObject({
      format: 'atom',
      version: '1.0',
      title: 'Le Quai',
      link: 'https://quai.example/blog/',
      description: 'Notes from the quay',
      language: 'fr',
      imageUrl: 'https://quai.example/blog/logo.png',
      updated: '2025-01-06T10:00:00.000Z',
      authors: [{ name: 'Marie Amarre', email: 'marie@quai.example', url: 'https://quai.example/marie' }],
    });
  });

  it('reads an entry: xhtml content, escaped markup in a text summary, enclosure and replies links', () => {
    expect(fog).toEqual({
      id: 'tag:quai.example,2025:fog',
      guid: 'tag:quai.example,2025:fog',
      link: 'https://quai.example/blog/posts/fog',
      title: 'Brouillard',
      contentHtml: '<p>The fog came in <a href="https://quai.example/harbour">over the harbour</a>.</p>',
      summary: 'Fog in the morning.',
      authors: [],
      published: '2025-01-05T06:00:00.000Z',
      updated: '2025-01-05T07:30:00.000Z',
      categories: ['weather'],
      enclosures: [{ url: 'https://cdn.quai.example/fog.ogg', type: 'audio/ogg', length: 1200 }],
      media: [],
      imageUrl: null,
      commentsUrl: 'https://quai.example/blog/posts/fog#comments',
      durationSeconds: null,
    });
  });

  it('keeps a text title as text, takes the entry xml:base, dates an entry by its update when that is all', () => {
    expect(tides).toMatchObject({
      title: '1 < 2',
      link: 'https://archive.quai.example/old/tides',
      contentHtml: '<p>Old tides</p>',
      published: '2024-12-31T23:00:00.000Z',
      authors: [{ name: 'Jules' }],
    });
  });
});

describe('Atom 0.3', () => {
  it('reads tagline, modified, issued, escaped titles and base64 content', () => {
    const feed = parseFeed(atom03, 'http://netsail.example/atom.xml');
    expect(feed).toMatchObject({
      format: 'atom',
      version: '0.3',
      title: 'Net & Sail',
      description: 'Sailing since 2003',
      link: 'http://netsail.example/',
      updated: '2005-03-01T12:00:00.000Z',
    });
    expect(feed.items[0]).toMatchObject({
      published: '2005-03-01T15:00:00.000Z',
      updated: '2005-03-01T16:00:00.000Z',
      contentHtml: '<p>New stitches.</p>',
    });
  });
});
