/**
 * YouTube: a channel's videos from its public feed (no key needed; views and likes included),
 * enriched by the Data API when YOUTUBE_API_KEY is set (comments, duration, tags, channel
 * statistics); searches need the key.
 */
import { BadRequest, RateLimited, Unavailable } from '../../../core/outbound/errors';
import { endpoint, fetchFrom, notModifiedRead, queryIdentity, sourceRead } from '../platform-common';
import type { Reader, ReaderContext, SourceRead } from '../reader';
import { type YoutubeConfig, youtubeConfig } from './config';
import { dataApi } from './data-api';
import { youtubeFeed } from './errors';
import { withDetails } from './parse-api';
import { parseChannelFeed } from './parse-feed';

const FEED_ACCEPT = 'application/atom+xml, application/xml;q=0.9, */*;q=0.1';

async function readChannel(ctx: ReaderContext, channelId: string): Promise<SourceRead> {
  const key = ctx.env.YOUTUBE_API_KEY;
  const url = endpoint(ctx.env.YOUTUBE_BASE, '/feeds/videos.xml', { channel_id: channelId });
  // The feed's own counters change with every view, so a 304 truly means nothing new. With a
  // key the statistics come from the API, which must be asked every time: no validators then.
  const validators = key ? {} : ctx.previous;
  const fetched = await fetchFrom(ctx, youtubeFeed(channelId), url, { accept: FEED_ACCEPT, ...validators });
  if (fetched.notModified) return notModifiedRead(ctx, fetched);
  const feed = parseChannelFeed(fetched.text().text, fetched.url);
  if (!key) return sourceRead(feed.items, feed.source, fetched);

  const api = dataApi(ctx, key);
  try {
    const channel = await api.channel(channelId);
    const details = await api.videos(feed.items.map((item) => item.externalId));
    const items = feed.items.map((item) => withDetails(item, details.get(item.externalId)));
    return sourceRead(items, channel ?? feed.source, fetched);
  } catch (error) {
    // A spent quota or a failing API still leaves the feed's videos, views and likes; a
    // refused key is surfaced, since only a person can fix it.
    if (error instanceof RateLimited || error instanceof Unavailable)
      return sourceRead(feed.items, feed.source, fetched);
    throw error;
  }
}

async function search(ctx: ReaderContext, query: string): Promise<SourceRead> {
  const key = ctx.env.YOUTUBE_API_KEY;
  if (!key) throw new BadRequest(NEEDS_KEY);
  const api = dataApi(ctx, key);
  const found = await api.search(query);
  const details = await api.videos(found.map((item) => item.externalId));
  return sourceRead(
    found.map((item) => details.get(item.externalId) ?? item),
    {
      title: `YouTube search: ${query}`,
      url: `https://www.youtube.com/results?search_query=${encodeURIComponent(query)}`,
    },
  );
}

const NEEDS_KEY =
  'Searching YouTube needs a YouTube Data API key: set YOUTUBE_API_KEY (wrangler secret put YOUTUBE_API_KEY).';

export const youtubeReader: Reader<YoutubeConfig> = {
  type: 'youtube',
  platform: 'youtube',
  config: youtubeConfig,
  // Channel ids are case-sensitive; queries are not.
  identity: (config) =>
    'channelId' in config ? `youtube:channel:${config.channelId}` : `youtube:search:${queryIdentity(config.query)}`,
  defaultName: (config, about) =>
    'channelId' in config ? about?.title?.trim() || `YouTube: ${config.channelId}` : `YouTube search: ${config.query}`,
  async validate({ env }, config) {
    if ('query' in config && !env.YOUTUBE_API_KEY) throw new BadRequest(NEEDS_KEY);
  },
  read: (ctx, config) => ('channelId' in config ? readChannel(ctx, config.channelId) : search(ctx, config.query)),
};
