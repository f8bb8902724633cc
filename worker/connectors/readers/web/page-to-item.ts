/** A read web page in the content model every reader produces (../types.ts). */
import type { ReadItem } from '../types';
import type { ExtractedPage } from './types';

const MAX_TAGS = 20;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',');
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Article tags (article:tag) and JSON-LD keywords, each once. */
function tagsOf(page: ExtractedPage): string[] {
  const keywords = page.jsonLd.flatMap((node) =>
    typeof node === 'object' && node !== null ? strings((node as { keywords?: unknown }).keywords) : [],
  );
  const all = [...strings(page.openGraph['article:tag']), ...keywords].map((tag) => tag.trim()).filter(Boolean);
  const seen = new Set<string>();
  return all.filter((tag) => !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase())).slice(0, MAX_TAGS);
}

/**
 * The item for a page read from `url`. Its external id is the page's canonical URL, so the
 * same article reached by two addresses is one item.
 */
export function pageToItem(page: ExtractedPage, url: string): ReadItem {
  return {
    externalId: page.canonicalUrl,
    url: page.canonicalUrl,
    title: page.title,
    text: page.text === '' ? null : page.text,
    html: page.html,
    author: page.byline,
    publishedAt: page.publishedTime,
    mediaUrls: page.leadImageUrl ? [page.leadImageUrl] : [],
    imageUrl: page.leadImageUrl,
    metrics: {},
    tags: tagsOf(page),
    extra: {
      fetchedUrl: url,
      siteName: page.siteName,
      excerpt: page.excerpt,
      lang: page.lang,
      dir: page.dir,
      openGraph: page.openGraph,
      twitterCard: page.twitterCard,
      jsonLd: page.jsonLd,
      links: page.links,
      socialProfiles: page.socialProfiles,
    },
  };
}
