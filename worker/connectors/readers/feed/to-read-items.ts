/**
 * The feed model to the shared content model (platform 'feed'). An item's author falls back
 * to the feed's (Atom says entries inherit it; for RSS it is the best guess there is), its
 * date to its update time.
 */

import { plainText } from '../../../lib/html-text';
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
  const mediaUrls = [...new Set([...item.enclosures.map((e) => e.url), ...item.media.map((m) => m.url)])];
  const extra: Record<string, unknown> = {};
  if (item.enclosures.length > 0) extra.enclosures = item.enclosures;
  if (item.media.length > 0) extra.media = item.media;
  if (item.commentsUrl) extra.commentsUrl = item.commentsUrl;
  if (item.durationSeconds !== null) extra.durationSeconds = item.durationSeconds;
  if (item.updated) extra.updatedAt = item.updated;
  if (feed.language) extra.language = feed.language;
  return {
    externalId: item.id,
    url: item.link,
    title: item.title,
    text: plainText(item.contentHtml) ?? item.summary,
    html: item.contentHtml,
    author: authorOf(item.authors) ?? authorOf(feed.authors),
    publishedAt: item.published ?? item.updated,
    mediaUrls,
    imageUrl: item.imageUrl,
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
    source: { title: feed.title, url: feed.link, description: feed.description, imageUrl: feed.imageUrl },
  };
}
