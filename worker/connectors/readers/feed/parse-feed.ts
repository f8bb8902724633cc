/**
 * Feed text to the feed model, the format found from the content (a Content-Type header is
 * too often wrong: feeds are served as text/html, text/plain, application/octet-stream).
 */
import { readAtom } from './atom';
import { NotAFeedError } from './errors';
import { isJsonFeed, readJsonFeed } from './json-feed';
import type { ParsedFeed } from './model';
import { readRss } from './rss';
import { parseXml } from './xml';

/**
 * Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1. `feedUrl` is where the feed
 * was fetched from: relative links resolve against it. Throws NotAFeedError for anything
 * else (an HTML page, other JSON, other XML, nothing); never throws on a feed that is merely
 * ill-formed.
 */
export function parseFeed(text: string, feedUrl: string): ParsedFeed {
  const start = text.search(/[^\s\uFEFF]/);
  if (start === -1) throw new NotAFeedError('empty', 'The document is empty.');
  const first = text.charAt(start);
  if (first === '{' || first === '[') return parseJsonFeed(text.slice(start), feedUrl);
  if (first !== '<') throw new NotAFeedError('text', 'The document is neither XML nor JSON.');

  const root = parseXml(text, feedUrl);
  if (root && RSS_ROOTS.has(root.name)) return readRss(root, feedUrl);
  if (root?.name === 'feed') return readAtom(root);
  if (root?.name === 'html' || /^<!doctype\s+html/i.test(text.slice(start, start + 20))) {
    throw new NotAFeedError('html', 'This is an HTML page, not a feed.');
  }
  throw new NotAFeedError('xml', root ? `XML whose root is <${root.name}>, not a feed.` : 'No XML element found.');
}

/** `channel` alone: some RSS 0.9x feeds leave out the `rss` wrapper. */
const RSS_ROOTS = new Set(['rss', 'rdf:rdf', 'rdf', 'channel']);

function parseJsonFeed(json: string, feedUrl: string): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new NotAFeedError('json', 'The document starts like JSON but is not valid JSON.');
  }
  if (!isJsonFeed(value)) throw new NotAFeedError('json', 'JSON, but not a JSON Feed.');
  return readJsonFeed(value, feedUrl);
}
