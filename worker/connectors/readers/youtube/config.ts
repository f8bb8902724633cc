import { z } from 'zod';
import { addressOn, normalized, SearchQuery } from '../platform-common';

/** A channel's videos, or a search (which needs the Data API key). */
export type YoutubeConfig = { channelId: string } | { query: string };

const CHANNEL_ID = /^UC[\w-]{22}$/;
const YOUTUBE_HOST = /^(?:www\.|m\.)?youtube\.com$/i;

/**
 * The channel id in what a user typed: the id itself, or an address that carries it
 * (youtube.com/channel/UC…, the channel's feed URL). @handles and custom URLs would need a
 * lookup on YouTube to map, so they are not accepted.
 */
export function channelIdFrom(input: string): string | null {
  const text = input.trim();
  if (CHANNEL_ID.test(text)) return text;
  const url = addressOn(text, YOUTUBE_HOST);
  if (!url) return null;
  const id = url.pathname.match(/^\/channel\/([^/]+)\/?/)?.[1] ?? url.searchParams.get('channel_id') ?? '';
  return CHANNEL_ID.test(id) ? id : null;
}

const ChannelId = normalized(
  channelIdFrom,
  'A YouTube channel id starts with UC and has 24 characters (youtube.com/channel/UC… addresses work too; @handles do not).',
);

export const youtubeConfig: z.ZodType<YoutubeConfig> = z.union(
  [z.object({ channelId: ChannelId }), z.object({ query: SearchQuery })],
  { error: 'Give a channelId or a query.' },
);
