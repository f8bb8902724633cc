import { isSourceType, type SourceType } from '../platforms';
import { blueskyReader } from './bluesky/reader';
import { feedReader } from './feed-reader';
import type { Reader } from './reader';
import { redditReader } from './reddit/reader';
import { trendsReader } from './trends/reader';
import { webReader } from './web-reader';
import { youtubeReader } from './youtube/reader';

/** A source's settings: the fields of its type (url, channelId, query, subreddit…). */
export type SourceConfig = Record<string, string | undefined>;

/** Every kind of source Crowsnest can read, by type: each source type of the platform registry has one. */
export const READERS: Record<SourceType, Reader<SourceConfig>> = {
  feed: feedReader,
  web: webReader,
  youtube: youtubeReader,
  reddit: redditReader,
  trends: trendsReader,
  bluesky: blueskyReader,
};

/** The reader of a source type, or undefined for one no longer read (a stored source's old type). */
export function readerFor(type: string): Reader<SourceConfig> | undefined {
  return isSourceType(type) ? READERS[type] : undefined;
}
