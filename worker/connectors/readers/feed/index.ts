/** Feed reading: RSS, Atom and JSON Feed text to the feed model and to the shared content model. */
export { NotAFeedError, type NotAFeedReason } from './errors';
export type { FeedEnclosure, FeedFormat, FeedMedia, FeedPerson, ParsedFeed, ParsedItem } from './model';
export { parseFeed } from './parse-feed';
export { feedToItems, feedToReadResult } from './to-read-items';
