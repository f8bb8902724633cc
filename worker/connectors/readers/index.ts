import type { SourceType } from '../../db/schema/sources';
import { blueskyReader } from './bluesky/reader';
import { feedReader } from './feed-reader';
import type { Reader } from './reader';
import { redditReader } from './reddit/reader';
import { trendsReader } from './trends/reader';
import { webReader } from './web-reader';
import { youtubeReader } from './youtube/reader';

/** A source's settings: the fields of its type (url, channelId, query, subreddit…). */
export type SourceConfig = Record<string, string | undefined>;

/** Every kind of source Crowsnest can read, by type. */
export const READERS: Partial<Record<SourceType, Reader<SourceConfig>>> = {
  feed: feedReader,
  web: webReader,
  youtube: youtubeReader,
  reddit: redditReader,
  trends: trendsReader,
  bluesky: blueskyReader,
};

export function readerFor(type: SourceType): Reader<SourceConfig> | undefined {
  return READERS[type];
}
