/**
 * Reads one web page: its article (Readability.js on a small DOM, see read-article.ts), its
 * metadata, JSON-LD, outbound links and the social profiles it links to. Any page yields a
 * result: malformed, huge or article-less pages give what could be found.
 */
import { articleText } from './article-text';
import { parseJsonLd } from './json-ld';
import { outboundLinks } from './links';
import { pageMetadata } from './metadata';
import { emptyFacts, type PageFacts } from './page-facts';
import { type PageReading, readArticle } from './read-article';
import { socialProfile, uniqueProfiles, xProfileFromHandle } from './social-profiles';
import type { ExtractedPage, SocialProfile } from './types';

/** Larger pages are cut here: the outbound guard caps bodies at 5 MB, and the tail of a page is rarely its article. */
const MAX_HTML_CHARS = 6_000_000;

function emptyReading(pageUrl: string): PageReading {
  return { facts: emptyFacts(), baseUrl: pageUrl, outcome: { article: null, metadata: {} } };
}

function profilesIn(facts: PageFacts, jsonLd: readonly unknown[], baseUrl: string): SocialProfile[] {
  const sameAs = jsonLd.flatMap((node) => {
    const value = typeof node === 'object' && node !== null ? (node as { sameAs?: unknown }).sameAs : undefined;
    return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
  });
  const handles = facts.metas.filter((meta) => meta.key === 'twitter:site' || meta.key === 'twitter:creator');
  return uniqueProfiles([
    ...facts.anchors.map((anchor) => socialProfile(anchor.href, baseUrl)),
    ...facts.linkTags.map((link) => socialProfile(link.href, baseUrl)),
    ...sameAs.map((href) => socialProfile(href, baseUrl)),
    ...handles.map((meta) => xProfileFromHandle(meta.content)),
  ]);
}

function pageFrom(reading: PageReading, pageUrl: string): ExtractedPage {
  const { facts, baseUrl, outcome } = reading;
  const jsonLd = parseJsonLd(facts.jsonLd);
  const article = outcome.article;
  return {
    url: pageUrl,
    ...pageMetadata(facts, jsonLd, outcome, { page: pageUrl, base: baseUrl }),
    html: article?.html ?? null,
    text: article ? articleText(article.root) : '',
    jsonLd,
    links: outboundLinks(facts.anchors, baseUrl, pageUrl),
    socialProfiles: profilesIn(facts, jsonLd, baseUrl),
  };
}

/** Extracts what a page holds. Never throws: a page that defeats every step still gives its URL. */
export async function extractPage(html: string, pageUrl: string): Promise<ExtractedPage> {
  const source = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  try {
    return pageFrom(readArticle(source, pageUrl), pageUrl);
  } catch {
    return pageFrom(emptyReading(pageUrl), pageUrl);
  }
}
