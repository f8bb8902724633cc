import { z } from 'zod';
import { BadRequest } from '../../core/outbound/errors';
import { guardUrl } from '../../core/outbound/guard';
import { outboundPolicy } from '../../core/outbound/policy';
import { canonicalUrl } from '../../lib/url';
import { feedToReadResult, NotAFeedError, parseFeed } from './feed';
import type { Reader } from './reader';

export const HttpUrl = z
  .url({ protocol: /^https?$/, message: 'Enter an http or https URL.' })
  .max(2048, 'Use at most 2,048 characters.');

const FeedConfig = z.object({ url: HttpUrl });
type FeedConfig = z.infer<typeof FeedConfig>;

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** RSS, Atom and JSON Feed, read with conditional GET. */
export const feedReader: Reader<FeedConfig> = {
  type: 'feed',
  platform: 'feed',
  config: FeedConfig,
  identity: ({ url }) => canonicalUrl(url),
  defaultName: ({ url }, about) => about?.title?.trim() || new URL(url).hostname.replace(/^www\./, ''),
  async validate({ env }, { url }) {
    await guardUrl(url, outboundPolicy(env));
  },
  async read(ctx, { url }) {
    const res = await ctx.fetch(url, { accept: ACCEPT, ...ctx.previous });
    if (res.notModified) return { items: [], notModified: true, ...ctx.previous };
    try {
      const feed = parseFeed(res.text().text, res.url);
      return { ...feedToReadResult(feed), notModified: false, etag: res.etag, lastModified: res.lastModified };
    } catch (error) {
      if (error instanceof NotAFeedError)
        throw new BadRequest(`${res.url} is not an RSS, Atom or JSON feed (${error.message}).`);
      throw error;
    }
  },
};
