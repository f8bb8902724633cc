/**
 * One model for every feed format. Strings are trimmed and null when absent or empty; URLs
 * are absolute (resolved against xml:base or the feed's URL); dates are ISO 8601 in UTC.
 */

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export interface FeedPerson {
  name: string | null;
  email: string | null;
  url: string | null;
}

/** A file that comes with an item: an RSS enclosure, an Atom `rel="enclosure"` link, a JSON Feed attachment. */
export interface FeedEnclosure {
  url: string;
  type: string | null;
  /** Bytes, when the feed says (and says a number). */
  length: number | null;
}

/** A Media RSS `media:content` / `media:thumbnail`: pictures and video that illustrate an item. */
export interface FeedMedia {
  url: string;
  type: string | null;
  /** Media RSS's `medium`: image, video, audio… */
  medium: string | null;
  width: number | null;
  height: number | null;
}

export interface ParsedItem {
  /** A stable id: the feed's own (guid, Atom id, JSON id, RSS 1.0 rdf:about), else the link, else a hash of title and date. */
  id: string;
  /** The feed's own id as written: RSS guid, Atom id, JSON Feed id. */
  guid: string | null;
  link: string | null;
  /** Plain text: markup and entities in titles are resolved. */
  title: string | null;
  /** The body as HTML, as the feed gave it (untrusted). */
  contentHtml: string | null;
  /** A plain-text summary (description, Atom summary, iTunes summary), when the feed has one. */
  summary: string | null;
  authors: FeedPerson[];
  /** When first published; the update time when that is all the feed gives. */
  published: string | null;
  updated: string | null;
  categories: string[];
  enclosures: FeedEnclosure[];
  media: FeedMedia[];
  imageUrl: string | null;
  /** The page with the item's comments (RSS `comments`, Atom `rel="replies"` to HTML). */
  commentsUrl: string | null;
  /** Podcast episodes: length in seconds (iTunes duration, JSON Feed attachment, Media RSS). */
  durationSeconds: number | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  /** The format's version as the feed declares it ('2.0', '0.91', '1.0', '0.3', '1.1'…), if it does. */
  version: string | null;
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  description: string | null;
  language: string | null;
  imageUrl: string | null;
  updated: string | null;
  authors: FeedPerson[];
  items: ParsedItem[];
}
