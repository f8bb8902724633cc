/** Links from a page to other sites: absolute, deduplicated, with their text and rel. */
import type { Anchor } from './page-facts';
import type { OutboundLink } from './types';

const MAX_LINKS = 1000;

/** `href` resolved against `base`; an unusable base still lets absolute addresses through. */
export function resolveUrl(href: string, base?: string): URL | null {
  for (const attempt of [() => new URL(href.trim(), base), () => new URL(href.trim())]) {
    try {
      return attempt();
    } catch {
      // try the next way, or give up
    }
  }
  return null;
}

/** An http(s) URL resolved against `base`, without fragment; null for anything else. */
export function absoluteHttpUrl(href: string, base: string): URL | null {
  const url = resolveUrl(href, base);
  if (!url) return null;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url;
}

/** The host a site is known by: www. is the same site. */
export function siteHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^www\./, '');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function outboundLinks(anchors: readonly Anchor[], baseUrl: string, pageUrl: string): OutboundLink[] {
  let pageHost: string | null = null;
  try {
    pageHost = siteHost(new URL(pageUrl));
  } catch {
    // a page without a usable URL has no "own site": every link counts as outbound
  }
  const byUrl = new Map<string, OutboundLink>();
  for (const anchor of anchors) {
    const url = absoluteHttpUrl(anchor.href, baseUrl);
    if (!url || siteHost(url) === pageHost) continue;
    const href = url.href;
    const text = collapse(anchor.text);
    const known = byUrl.get(href);
    if (known) {
      if (known.text === '' && text !== '') known.text = text;
      continue;
    }
    if (byUrl.size >= MAX_LINKS) break;
    const rel = [...new Set(anchor.rel.toLowerCase().split(/\s+/).filter(Boolean))];
    byUrl.set(href, { url: href, text, rel });
  }
  return [...byUrl.values()];
}
