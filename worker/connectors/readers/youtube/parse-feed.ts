/**
 * A channel's public feed (`/feeds/videos.xml?channel_id=`): Atom with YouTube's `yt:`
 * elements and Media RSS. Each entry carries its view count
 * (`media:community/media:statistics@views`) and its rating (`media:starRating`: since
 * dislikes went private, `count` is the number of likes).
 */
import { Unavailable } from '../../../core/outbound/errors';
import { child, childrenNamed, parseXml, type XmlElement } from '../feed/xml';
import { absoluteUrl, childText, distinct, isoDate, metrics, readItem, type SourceDetails } from '../platform-common';
import type { ReadItem } from '../types';

export interface ChannelFeed {
  channelId: string | null;
  source: SourceDetails;
  items: ReadItem[];
}

export const WATCH_URL = 'https://www.youtube.com/watch?v=';

/** The `yt:` prefix is not a namespace the XML parser knows, so its names stay as written. */
const YT = 'yt:';

function alternateLink(element: XmlElement): string | null {
  const link = childrenNamed(element, 'link').find((l) => (l.attrs.rel ?? 'alternate') === 'alternate');
  return absoluteUrl(link?.attrs.href, element.base);
}

function numberAttr(element: XmlElement | undefined, name: string): number | undefined {
  const value = element?.attrs[name];
  const n = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function entryItem(entry: XmlElement): ReadItem | null {
  const videoId = childText(entry, `${YT}videoid`) ?? childText(entry, 'id')?.replace(/^yt:video:/, '');
  if (!videoId) return null;
  const group = child(entry, 'media:group');
  const community = group && child(group, 'media:community');
  const rating = community && child(community, 'media:starrating');
  const stats = community && child(community, 'media:statistics');
  const thumbnail = absoluteUrl(group && child(group, 'media:thumbnail')?.attrs.url);
  const url = alternateLink(entry) ?? `${WATCH_URL}${encodeURIComponent(videoId)}`;
  return readItem({
    externalId: videoId,
    url,
    title: childText(entry, 'title') ?? childText(group, 'media:title'),
    text: childText(group, 'media:description'),
    author: childText(child(entry, 'author'), 'name'),
    publishedAt: isoDate(childText(entry, 'published')),
    mediaUrls: distinct([thumbnail]),
    imageUrl: thumbnail,
    metrics: metrics({ views: numberAttr(stats, 'views'), likes: numberAttr(rating, 'count') }),
    extra: {
      channelId: childText(entry, `${YT}channelid`),
      updatedAt: isoDate(childText(entry, 'updated')),
      ratingAverage: numberAttr(rating, 'average') ?? null,
      isShort: url.includes('/shorts/'),
    },
  });
}

/** Reads a channel feed; anything that is not an Atom feed means YouTube did not answer as it should. */
export function parseChannelFeed(xml: string, feedUrl: string): ChannelFeed {
  const root = parseXml(xml, feedUrl);
  if (root?.name !== 'feed') throw new Unavailable('YouTube answered something other than the channel feed.');
  const channelId = childText(root, `${YT}channelid`);
  return {
    channelId,
    source: {
      title: childText(root, 'title') ?? childText(child(root, 'author'), 'name'),
      url: alternateLink(root) ?? (channelId ? `https://www.youtube.com/channel/${channelId}` : null),
    },
    items: childrenNamed(root, 'entry')
      .map(entryItem)
      .filter((item): item is ReadItem => item !== null),
  };
}
