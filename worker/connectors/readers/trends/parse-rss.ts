/**
 * Google Trends' daily trending searches (`/trending/rss?geo=`): RSS 2.0 whose items carry
 * `ht:approx_traffic` ("200+", "20K+"), `ht:picture`, `ht:picture_source` and
 * `ht:news_item`s (title, snippet, url, picture, source). Every item links to the feed
 * itself and has no guid, so identity is ours to make (see trendId).
 */
import { Unavailable } from '../../../core/outbound/errors';
import { child, childrenNamed, parseXml, type XmlElement } from '../feed/xml';
import { absoluteUrl, childText, distinct, isoDate, metrics, readItem, type SourceDetails } from '../platform-common';
import type { ReadItem } from '../types';

export interface TrendsFeed {
  source: SourceDetails;
  items: ReadItem[];
}

const SCALE: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9 };

/** "200+" → 200, "20K+" → 20000, "2M+" → 2000000, "20,000+" / "20.000+" → 20000; null when unreadable. */
export function approxTraffic(text: string | null): number | null {
  const compact = (text ?? '').replace(/[\s,]|\.(?=\d{3}\b)/g, '');
  const m = compact.match(/^(\d+(?:\.\d+)?)([KMB])?\+?$/i);
  if (!m) return null;
  return Math.round(Number(m[1]) * (SCALE[(m[2] ?? '').toUpperCase()] ?? 1));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The calendar day of an RFC 822 date as written (in the feed's own offset), e.g. 2026-10-08. */
function dayAsWritten(pubDate: string | null): string | null {
  const m = pubDate?.match(/(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/);
  const month = m ? MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1 : 0;
  return m && month > 0 ? `${m[3]}-${String(month).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}` : null;
}

/**
 * geo, day and search term: a trend seen again the same day updates its item (new traffic,
 * more news), the same words trending another day are a new item. The day is the one the
 * trend started on as Google writes it, so it does not depend on when we read.
 */
export function trendId(geo: string, title: string, pubDate: string | null, now: Date): string {
  const day = dayAsWritten(pubDate) ?? isoDate(pubDate)?.slice(0, 10) ?? now.toISOString().slice(0, 10);
  return `${geo}:${day}:${title.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/** News links arrive escaped twice (`&amp;amp;`): one level is XML's, the other a bug. */
const newsUrl = (value: string | null) => absoluteUrl(value?.replaceAll('&amp;', '&'));

function news(item: XmlElement) {
  return childrenNamed(item, 'ht:news_item').map((entry) => ({
    title: childText(entry, 'ht:news_item_title'),
    url: newsUrl(childText(entry, 'ht:news_item_url')),
    source: childText(entry, 'ht:news_item_source'),
    imageUrl: newsUrl(childText(entry, 'ht:news_item_picture')),
    snippet: childText(entry, 'ht:news_item_snippet')?.replace(/<[^>]*>/g, '') ?? null,
  }));
}

function trendItem(item: XmlElement, geo: string, now: Date): ReadItem | null {
  const title = childText(item, 'title');
  if (!title) return null;
  const pubDate = childText(item, 'pubdate');
  const traffic = childText(item, 'ht:approx_traffic');
  const picture = absoluteUrl(childText(item, 'ht:picture'));
  const related = news(item);
  const headlines = related.flatMap((n) => (n.title ? [n.title] : []));
  return readItem({
    externalId: trendId(geo, title, pubDate, now),
    url: `https://trends.google.com/trends/explore?q=${encodeURIComponent(title)}&date=now%201-d&geo=${geo}`,
    title,
    text: headlines.length > 0 ? headlines.join('\n') : null,
    publishedAt: isoDate(pubDate),
    mediaUrls: distinct([picture]),
    imageUrl: picture,
    metrics: metrics({ views: approxTraffic(traffic) }),
    extra: { geo, approxTraffic: traffic, pictureSource: childText(item, 'ht:picture_source'), news: related },
  });
}

/** Reads the trends feed; anything that is not RSS means Google did not answer as it should. */
export function parseTrends(xml: string, feedUrl: string, geo: string, now = new Date()): TrendsFeed {
  const root = parseXml(xml, feedUrl);
  const channel = root?.name === 'rss' ? child(root, 'channel') : undefined;
  if (!channel) throw new Unavailable('Google Trends answered something other than its RSS feed.');
  return {
    source: { title: childText(channel, 'title'), url: absoluteUrl(childText(channel, 'link')) },
    items: childrenNamed(channel, 'item')
      .map((item) => trendItem(item, geo, now))
      .filter((item): item is ReadItem => item !== null),
  };
}
