/**
 * The content model every reader produces. The ingest pipeline upserts these by
 * (workspace, platform, externalId), so a re-run updates an item and never duplicates it.
 */
import type { Counter } from '../platforms';

/** Whichever counters the platform has; absent means "the platform does not say". */
export type Metrics = Partial<Record<Counter, number>>;

export interface ReadItem {
  /** Stable id within the platform: a feed item's guid, a video id, a post's URI. */
  externalId: string;
  url: string | null;
  title: string | null;
  /** Plain text, no markup. */
  text: string | null;
  /** The body as the platform gave it in HTML, if it did. Untrusted: sanitized before display. */
  html: string | null;
  author: string | null;
  /** ISO 8601, UTC. */
  publishedAt: string | null;
  mediaUrls: string[];
  /** The image that stands for the item (thumbnail, lead image); stored in R2 by the pipeline. */
  imageUrl: string | null;
  metrics: Metrics;
  tags: string[];
  /** Platform-specific details worth keeping (enclosures, Open Graph, JSON-LD, language…). */
  extra: Record<string, unknown>;
}

/** What one read of a source yields. */
export interface ReadResult {
  items: ReadItem[];
  /** What the source says about itself (feed or channel title, link, description, image). */
  source?: {
    title?: string | null;
    url?: string | null;
    description?: string | null;
    imageUrl?: string | null;
    /** Counters of the account or channel itself (subscribers, videos, views…). */
    stats?: Record<string, number>;
  };
}
