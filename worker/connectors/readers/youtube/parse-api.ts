/**
 * YouTube Data API v3 answers (channels.list, videos.list, search.list) to the content model.
 * Counters come as decimal strings; a counter the owner hid (likes, subscribers) or turned off
 * (comments) is missing from `statistics`, which reads as "the platform does not say".
 */
import { decodeHTMLStrict } from 'entities';
import { z } from 'zod';
import type { SourceDetails } from '../platform-common';
import { absoluteUrl, Count, distinct, isoDate, lenient, metrics, parseEach, readItem } from '../platform-common';
import type { ReadItem } from '../types';
import { WATCH_URL } from './parse-feed';

const Thumbnails = lenient(z.record(z.string(), z.object({ url: z.string() })));

const Snippet = z.object({
  publishedAt: lenient(z.string()),
  channelId: lenient(z.string()),
  channelTitle: lenient(z.string()),
  title: lenient(z.string()),
  description: lenient(z.string()),
  customUrl: lenient(z.string()),
  thumbnails: Thumbnails,
  tags: lenient(z.array(z.string())),
  categoryId: lenient(z.string()),
  liveBroadcastContent: lenient(z.string()),
  defaultLanguage: lenient(z.string()),
  defaultAudioLanguage: lenient(z.string()),
});
type Snippet = z.infer<typeof Snippet>;

const Video = z.object({
  id: z.string(),
  snippet: lenient(Snippet),
  statistics: lenient(z.object({ viewCount: Count, likeCount: Count, commentCount: Count })),
  contentDetails: lenient(z.object({ duration: lenient(z.string()), definition: lenient(z.string()) })),
});

const Channel = z.object({
  id: z.string(),
  snippet: lenient(Snippet),
  statistics: lenient(
    z.object({
      viewCount: Count,
      subscriberCount: Count,
      videoCount: Count,
      hiddenSubscriberCount: lenient(z.boolean()),
    }),
  ),
});

const SearchResult = z.object({
  id: z.object({ kind: z.string(), videoId: lenient(z.string()) }),
  snippet: lenient(Snippet),
});

/** Every list answer: `items` is left out altogether when nothing matched. */
const ListResponse = z.object({ items: lenient(z.array(z.unknown())), nextPageToken: lenient(z.string()) });

function listItems(json: unknown): unknown[] {
  const parsed = ListResponse.safeParse(json);
  return parsed.success ? (parsed.data.items ?? []) : [];
}

const THUMBNAIL_SIZES = ['maxres', 'standard', 'high', 'medium', 'default'];

function bestThumbnail(snippet: Snippet | undefined): string | null {
  const thumbnails = snippet?.thumbnails ?? {};
  for (const size of THUMBNAIL_SIZES) {
    const url = absoluteUrl(thumbnails[size]?.url);
    if (url) return url;
  }
  return null;
}

/** ISO 8601 durations as YouTube writes them (PT1H2M3S, P1DT2H, P0D) in seconds. */
export function durationSeconds(value: string | undefined): number | null {
  const m = value?.match(/^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/);
  if (!m) return null;
  const [days, hours, minutes, seconds] = m.slice(1).map((part) => Number(part ?? 0));
  return (((days ?? 0) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0);
}

function snippetItem(videoId: string, snippet: Snippet | undefined, decode: (text: string) => string): ReadItem {
  const image = bestThumbnail(snippet);
  return readItem({
    externalId: videoId,
    url: `${WATCH_URL}${encodeURIComponent(videoId)}`,
    title: snippet?.title ? decode(snippet.title) : null,
    text: snippet?.description ? decode(snippet.description) : null,
    author: snippet?.channelTitle ? decode(snippet.channelTitle) : null,
    publishedAt: isoDate(snippet?.publishedAt),
    mediaUrls: distinct([image]),
    imageUrl: image,
    tags: snippet?.tags ?? [],
    extra: {
      channelId: snippet?.channelId ?? null,
      categoryId: snippet?.categoryId ?? null,
      liveBroadcastContent: snippet?.liveBroadcastContent ?? null,
      language: snippet?.defaultLanguage ?? snippet?.defaultAudioLanguage ?? null,
    },
  });
}

const asIs = (text: string) => text;

/** videos.list: each video with its statistics and details, by id. */
export function parseVideos(json: unknown): Map<string, ReadItem> {
  const videos = new Map<string, ReadItem>();
  for (const video of parseEach(Video, listItems(json))) {
    const item = snippetItem(video.id, video.snippet, asIs);
    const stats = video.statistics;
    item.metrics = metrics({ views: stats?.viewCount, likes: stats?.likeCount, comments: stats?.commentCount });
    item.extra.durationSeconds = durationSeconds(video.contentDetails?.duration);
    item.extra.definition = video.contentDetails?.definition ?? null;
    videos.set(video.id, item);
  }
  return videos;
}

/**
 * search.list: the videos found, in the order found. Unlike videos.list, search snippets come
 * HTML-escaped (`&amp;`, `&#39;`) and their descriptions cut short.
 */
export function parseSearch(json: unknown): ReadItem[] {
  return parseEach(SearchResult, listItems(json)).flatMap((result) =>
    result.id.kind === 'youtube#video' && result.id.videoId
      ? [snippetItem(result.id.videoId, result.snippet, decodeHTMLStrict)]
      : [],
  );
}

/** channels.list for one id: the channel as a source, with its counters; null when there is none. */
export function parseChannel(json: unknown): SourceDetails | null {
  const [channel] = parseEach(Channel, listItems(json));
  if (!channel) return null;
  const counters = channel.statistics;
  const stats: Record<string, number> = {};
  // A hidden subscriber count still comes as a (rounded, meaningless) number: leave it out.
  if (counters?.subscriberCount !== undefined && !counters.hiddenSubscriberCount)
    stats.subscribers = counters.subscriberCount;
  if (counters?.videoCount !== undefined) stats.videos = counters.videoCount;
  if (counters?.viewCount !== undefined) stats.views = counters.viewCount;
  return {
    title: channel.snippet?.title ?? null,
    url: `https://www.youtube.com/channel/${channel.id}`,
    description: channel.snippet?.description || null,
    imageUrl: bestThumbnail(channel.snippet),
    stats,
  };
}

/** A feed entry with what the Data API adds: comments, exact likes, duration, tags, better thumbnail. */
export function withDetails(entry: ReadItem, details: ReadItem | undefined): ReadItem {
  if (!details) return entry;
  return {
    ...entry,
    text: details.text ?? entry.text,
    imageUrl: details.imageUrl ?? entry.imageUrl,
    mediaUrls: distinct([details.imageUrl, ...entry.mediaUrls]),
    metrics: { ...entry.metrics, ...details.metrics },
    tags: details.tags.length > 0 ? details.tags : entry.tags,
    extra: { ...entry.extra, ...details.extra },
  };
}
