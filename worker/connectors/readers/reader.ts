import type { z } from 'zod';
import type { Fetched, OutboundOptions } from '../../core/outbound/fetch';
import type { ContentPlatform, SourceType } from '../platforms';
import type { ReadResult } from './types';

/** What a reader may use: the bindings (base URLs, keys) and the guarded, polite fetch. */
export interface ReaderContext {
  env: Env;
  /** outboundFetch bound to this environment: guard, politeness, caps, typed errors. */
  fetch(url: string, options?: OutboundOptions): Promise<Fetched>;
  /** Validators of the previous successful read, for conditional GET. */
  previous: { etag: string | null; lastModified: string | null };
}

/** A read of a source: its items, what it says about itself, and validators for next time. */
export interface SourceRead extends ReadResult {
  /** True when a conditional GET answered 304: nothing changed, `items` is empty. */
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
}

/**
 * One kind of source. Generic code (sources service, ingest consumer) only ever talks to
 * this interface, never to a platform by name (STYLE rule 5).
 */
export interface Reader<Config> {
  type: SourceType;
  /** The registry's platform whose `read` lists this type: the `platform` of what it reads. */
  platform: ContentPlatform;
  /** The type's fields in POST /sources (besides `type`, `name`, `intervalMinutes`). */
  config: z.ZodType<Config>;
  /** A normalised key: two sources with the same identity in a workspace are the same source. */
  identity(config: Config): string;
  /**
   * A name for the source when the user gives none. `about` is what the source said about
   * itself in a read: a reader takes its title where that tells the source apart better than
   * the config does (a feed's title over its host name), and ignores it where the config is
   * the more specific (a trends feed calls itself the same in every country).
   */
  defaultName(config: Config, about?: { title?: string | null } | null): string;
  /**
   * Checks a new source can work before it is saved (URL allowed by the guard, API key
   * present where needed). Throws a typed connector error with a clear message if not.
   */
  validate(ctx: Pick<ReaderContext, 'env'>, config: Config): Promise<void>;
  read(ctx: ReaderContext, config: Config): Promise<SourceRead>;
}
