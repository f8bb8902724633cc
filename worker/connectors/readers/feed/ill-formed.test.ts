import { describe, expect, it } from 'vitest';
import atom10 from '../../../../test/fixtures/feeds/atom-1.0.xml?raw';
import illFormed from '../../../../test/fixtures/feeds/ill-formed.xml?raw';
import rss2 from '../../../../test/fixtures/feeds/rss-2.0.xml?raw';
import { NotAFeedError, parseFeed } from './index';

// One feed with the faults real feeds have: a BOM and blank lines before the declaration,
// undeclared prefixes, HTML and HTML entities in titles, bad dates, unclosed tags, garbage
// after the root.
describe('an ill-formed feed', () => {
  const feed = parseFeed(illFormed, 'https://spray.example/feed');
  const [storm, fish, naked, noLink, dangling] = feed.items;

  it('still reads as RSS, the channel title as plain text', () => {
    expect(feed.title).toBe('Salt & Spray — Daily');
    expect(feed.description).toBe('Everything wrong at once & still readable');
    expect(feed.items).toHaveLength(5);
  });

  it('reads undeclared dc:, media: and content: prefixes, CDATA titles, and an odd date', () => {
    expect(storm).toMatchObject({
      title: 'Storm warning & closures',
      authors: [{ name: 'Wren Gale' }],
      imageUrl: 'https://spray.example/storm.jpg',
      contentHtml: '<p>Stay ashore.</p>',
      published: '2025-01-07T22:05:00.000Z',
    });
  });

  it('turns escaped HTML and entities in a title into text, and a garbage date into null', () => {
    expect(fish).toMatchObject({
      title: 'Fish & chips © 2025 — the best in town',
      link: 'https://spray.example/fish?a=1&b=2',
      published: null,
      contentHtml: '<p>Unescaped <b>markup</b><br> in a description',
      summary: 'Unescaped markup\nin a description',
    });
    expect(naked?.title).toBe('Naked markup & more');
  });

  it('gives an item with neither guid nor link a stable hash id', () => {
    expect(noLink?.id).toMatch(/^hash:[0-9a-f]{14}$/);
    expect(parseFeed(illFormed, 'https://spray.example/feed').items[3]?.id).toBe(noLink?.id);
    expect(noLink?.published).toBe('2025-01-05T09:00:00.000Z');
  });

  it('closes a link left open before its siblings', () => {
    expect(dangling).toMatchObject({ link: 'https://spray.example/dangling', published: '2025-01-04T08:00:00.000Z' });
  });
});

describe('mutilated feeds', () => {
  // Deterministic damage: cuts, deletions and stray markup at pseudo-random places.
  const JUNK = [
    '<',
    '>',
    '&',
    '"',
    '<![CDATA[',
    ']]>',
    '<!--',
    '</',
    '/>',
    '<!DOCTYPE x [',
    '&#xFFFFFF;',
    'xml:base="::"',
  ];
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };

  it('parse or throw NotAFeedError, nothing else', () => {
    for (let round = 0; round < 300; round++) {
      let text = [rss2, atom10, illFormed][round % 3] ?? '';
      const at = next(text.length);
      const kind = next(3);
      if (kind === 0) text = text.slice(0, at);
      else if (kind === 1) text = text.slice(0, at) + (JUNK[next(JUNK.length)] ?? '') + text.slice(at);
      else text = text.slice(0, at) + text.slice(at + next(40));
      try {
        parseFeed(text, 'https://feeds.example/feed');
      } catch (error) {
        expect(error).toBeInstanceOf(NotAFeedError);
      }
    }
  });
});
