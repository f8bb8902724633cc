import { describe, expect, it } from 'vitest';
import html from '../../../../test/fixtures/feeds/not-a-feed.html?raw';
import rss2 from '../../../../test/fixtures/feeds/rss-2.0.xml?raw';
import { decodeBody } from '../../../lib/charset';
import { NotAFeedError, parseFeed } from './index';

const URL = 'https://feeds.example/feed';

function notAFeed(text: string): NotAFeedError {
  try {
    parseFeed(text, URL);
  } catch (error) {
    if (error instanceof NotAFeedError) return error;
    throw error;
  }
  throw new Error('parsed as a feed');
}

describe('parseFeed: format detection', () => {
  it.each([
    ['<rss version="2.0"><channel><title>t</title></channel></rss>', 'rss', '2.0'],
    ['<rss version="0.92"><channel><title>t</title></channel></rss>', 'rss', '0.92'],
    [
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/></rdf:RDF>',
      'rdf',
      '1.0',
    ],
    [
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel/></rdf:RDF>',
      'rdf',
      '0.90',
    ],
    ['<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>', 'atom', '1.0'],
    ['<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title></feed>', 'atom', '0.3'],
    ['{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[]}', 'json', '1.1'],
    ['{"version":"https://jsonfeed.org/version/1","title":"t","items":[]}', 'json', '1'],
  ])('reads %s as %s %s', (text, format, version) => {
    expect(parseFeed(text, URL)).toMatchObject({ format, version });
  });

  it('ignores a BOM, blank lines and spaces before the XML declaration', () => {
    const feed = parseFeed(`\uFEFF\n\n   ${rss2}`, URL);
    expect(feed.title).toBe('The Harbour Gazette');
    expect(feed.items).toHaveLength(2);
  });

  it('reads the content, not the Content-Type: bytes whose declaration lies still decode', () => {
    const title = 'Café – crème';
    const bytes = new TextEncoder().encode(
      `<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>${title}</title></channel></rss>`,
    );
    const { text } = decodeBody(bytes, 'text/html; charset=iso-8859-1');
    expect(parseFeed(text, URL).title).toBe(title);
  });
});

describe('parseFeed: not a feed', () => {
  it.each([
    [html, 'html'],
    ['<!doctype html><p>hello', 'html'],
    ['<?xml version="1.0"?><note><to>Tove</to></note>', 'xml'],
    ['', 'empty'],
    [' \n\t ', 'empty'],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": [', 'json'],
    ['{"hello": "world"}', 'json'],
    ['[1, 2, 3]', 'json'],
    ['just some words', 'text'],
  ])('throws NotAFeedError saying what it is instead (%#)', (text, reason) => {
    const error = notAFeed(text);
    expect(error.reason).toBe(reason);
    expect(error.message).not.toMatch(/\n\s+at /);
  });
});
