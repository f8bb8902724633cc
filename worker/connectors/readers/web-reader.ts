import { z } from 'zod';
import { BadRequest } from '../../core/outbound/errors';
import { guardUrl } from '../../core/outbound/guard';
import { outboundPolicy } from '../../core/outbound/policy';
import { canonicalUrl } from '../../lib/url';
import { HttpUrl } from './feed-reader';
import type { Reader } from './reader';
import { extractPage, pageToItem } from './web';

const WebConfig = z.object({ url: HttpUrl });
type WebConfig = z.infer<typeof WebConfig>;

const HTML = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * One web page: its article, metadata, links and social profiles. Fetched politely: robots.txt
 * is honoured and the page is asked for again only if it changed (conditional GET).
 */
export const webReader: Reader<WebConfig> = {
  type: 'web',
  platform: 'web',
  config: WebConfig,
  identity: ({ url }) => canonicalUrl(url),
  defaultName: ({ url }, about) => {
    if (about?.title?.trim()) return about.title.trim();
    const { hostname, pathname } = new URL(url);
    return `${hostname.replace(/^www\./, '')}${pathname === '/' ? '' : pathname}`;
  },
  async validate({ env }, { url }) {
    await guardUrl(url, outboundPolicy(env));
  },
  async read(ctx, { url }) {
    const res = await ctx.fetch(url, {
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
      robots: true,
      ...ctx.previous,
    });
    if (res.notModified) return { items: [], notModified: true, ...ctx.previous };
    const type = res.headers.get('Content-Type') ?? '';
    if (type && !HTML.test(type)) throw new BadRequest(`${res.url} is not a web page (it is ${type.split(';')[0]}).`);
    const page = await extractPage(res.text().text, res.url);
    return {
      items: [pageToItem(page, res.url)],
      source: {
        title: page.siteName ?? page.title,
        url: page.canonicalUrl,
        description: page.excerpt,
        imageUrl: page.leadImageUrl,
      },
      notModified: false,
      etag: res.etag,
      lastModified: res.lastModified,
    };
  },
};
