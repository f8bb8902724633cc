/**
 * The feed model to the shared content model (platform 'feed'). An item's author falls back
 * to the feed's (Atom says entries inherit it; for RSS it is the best guess there is), its
 * date to its update time. Links are absolute http(s) or dropped: a feed can write
 * javascript: or data: where a link belongs, and the model keeps whatever it wrote.
 */

import { plainText } from '../../../lib/html-text';
import { httpUrl, httpUrls } from '../../../lib/http-url';
import type { ReadItem, ReadResult } from '../types';
import type { FeedPerson, ParsedFeed, ParsedItem } from './model';

function personName(person: FeedPerson): string | null {
  return person.name ?? person.email;
}

function authorOf(authors: FeedPerson[]): string | null {
  const names = authors.map(personName).filter((n): n is string => n !== null);
  return names.length > 0 ? names.join(', ') : null;
}

function toReadItem(item: ParsedItem, feed: ParsedFeed): ReadItem {
  const enclosures = item.enclosures.filter((e) => httpUrl(e.url) !== null);
  const media = item.media.filter((m) => httpUrl(m.url) !== null);
  const mediaUrls = httpUrls([...enclosures.map((e) => e.url), ...media.map((m) => m.url)]);
  const commentsUrl = httpUrl(item.commentsUrl);
  const extra: Record<string, unknown> = {};
  if (enclosures.length > 0) extra.enclosures = enclosures;
  if (media.length > 0) extra.media = media;
  if (commentsUrl) extra.commentsUrl = commentsUrl;
  if (item.durationSeconds !== null) extra.durationSeconds = item.durationSeconds;
  if (item.updated) extra.updatedAt = item.updated;
  if (feed.language) extra.language = feed.language;
  return {
    externalId: item.id,
    url: httpUrl(item.link),
    title: item.title,
    text: plainText(item.contentHtml) ?? item.summary,
    html: item.contentHtml,
    author: authorOf(item.authors) ?? authorOf(feed.authors),
    publishedAt: item.published ?? item.updated,
    mediaUrls,
    imageUrl: httpUrl(item.imageUrl),
    metrics: {},
    tags: item.categories,
    extra,
  };
}

/** Every item of a parsed feed as a ReadItem. */
export function feedToItems(feed: ParsedFeed): ReadItem[] {
  return feed.items.map((item) => toReadItem(item, feed));
}

/** A parsed feed as a reader's result: its items and what it says about itself. */
export function feedToReadResult(feed: ParsedFeed): ReadResult {
  return {
    items: feedToItems(feed),
    source: {
      title: feed.title,
      url: httpUrl(feed.link),
      description: feed.description,
      imageUrl: httpUrl(feed.imageUrl),
    },
  };
}
