/**
 * JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/) into the feed model. Values
 * of the wrong type are treated as absent rather than failing the feed; 1.0's singular
 * `author` is read where 1.1's `authors` is missing.
 */

import { parseDate } from '../../../lib/dates';
import { clean, escapeHtml, htmlToLine, plainText } from '../../../lib/html-text';
import { absoluteHtml } from './absolute-html';
import { people, resolveUrl, uniqueBy } from './fields';
import { itemId } from './item-id';
import type { FeedEnclosure, FeedPerson, ParsedFeed, ParsedItem } from './model';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(object: JsonObject, key: string): string | null {
  const value = object[key];
  return typeof value === 'string' ? clean(value) : null;
}

/** Ids are strings by the spec, and numbers in practice. */
function idOf(item: JsonObject): string | null {
  return typeof item.id === 'number' && Number.isFinite(item.id) ? String(item.id) : str(item, 'id');
}

function objects(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/** Whether parsed JSON is a JSON Feed: its `version` says so, or it has the shape of one. */
export function isJsonFeed(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  const version = value.version;
  if (typeof version === 'string' && /jsonfeed\.org/i.test(version)) return true;
  return (
    Array.isArray(value.items) &&
    ['version', 'title', 'home_page_url', 'feed_url'].some((k) => typeof value[k] === 'string')
  );
}

export function readJsonFeed(feed: JsonObject, feedUrl: string): ParsedFeed {
  const base = str(feed, 'feed_url') ?? feedUrl;
  const version = str(feed, 'version')?.match(/version\/([\d.]+)/)?.[1] ?? null;
  return {
    format: 'json',
    version,
    title: lineOrNull(str(feed, 'title')),
    link: resolveUrl(str(feed, 'home_page_url'), base),
    description: plainText(str(feed, 'description')),
    language: str(feed, 'language'),
    imageUrl: resolveUrl(str(feed, 'icon') ?? str(feed, 'favicon'), base),
    updated: null,
    authors: authorsOf(feed, base),
    items: objects(feed.items).map((item) => readItem(item, base)),
  };
}

function readItem(item: JsonObject, base: string): ParsedItem {
  const guid = idOf(item);
  const link = resolveUrl(str(item, 'url') ?? str(item, 'external_url'), base);
  const title = lineOrNull(str(item, 'title'));
  const updated = parseDate(str(item, 'date_modified'));
  const published = parseDate(str(item, 'date_published')) ?? updated;
  const text = str(item, 'content_text');
  const contentHtml =
    absoluteHtml(str(item, 'content_html'), link ?? base) ?? (text === null ? null : escapeHtml(text));
  const attachments = objects(item.attachments);
  const enclosures = uniqueBy(
    attachments.flatMap((a): FeedEnclosure[] => {
      const url = resolveUrl(str(a, 'url'), base);
      return url ? [{ url, type: str(a, 'mime_type'), length: num(a.size_in_bytes) }] : [];
    }),
    (e) => e.url,
  );
  const duration = attachments.map((a) => num(a.duration_in_seconds)).find((d) => d !== null);
  return {
    id: itemId({ guid, link, title, published, content: contentHtml }),
    guid,
    link,
    title,
    contentHtml,
    summary: plainText(str(item, 'summary')) ?? (text === null ? plainText(contentHtml) : text),
    authors: authorsOf(item, base),
    published,
    updated,
    categories: Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [],
    enclosures,
    media: [],
    imageUrl: resolveUrl(str(item, 'image') ?? str(item, 'banner_image'), base),
    commentsUrl: null,
    durationSeconds: duration === undefined || duration === null ? null : Math.round(duration),
  };
}

function authorsOf(object: JsonObject, base: string): FeedPerson[] {
  const list = objects(object.authors);
  if (list.length === 0 && isObject(object.author)) list.push(object.author);
  return people(list.map((a) => ({ name: str(a, 'name'), email: null, url: resolveUrl(str(a, 'url'), base) })));
}

function lineOrNull(text: string | null): string | null {
  return text === null ? null : clean(htmlToLine(text));
}
