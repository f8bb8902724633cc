/**
 * A page's metadata: Readability's reading first (so results match the reference extractor),
 * then what the page's meta tags, <link> tags and JSON-LD say where Readability has nothing.
 */
import { toIsoUtc } from './dates';
import { hasType, type JsonObject, jsonLdNodes, stringOf } from './json-ld';
import { absoluteHttpUrl } from './links';
import type { MetaTag, PageFacts, TimeTag } from './page-facts';
import type { ReadabilityOutcome } from './run-readability';
import { withoutSiteName } from './title';
import type { ExtractedPage } from './types';

export type PageMetadata = Pick<
  ExtractedPage,
  | 'canonicalUrl'
  | 'title'
  | 'byline'
  | 'publishedTime'
  | 'lang'
  | 'dir'
  | 'siteName'
  | 'excerpt'
  | 'leadImageUrl'
  | 'openGraph'
  | 'twitterCard'
>;

const OPEN_GRAPH = /^(og|article|book|profile|music|video):/;
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'pubdate',
  'publishdate',
  'publish_date',
  'sailthru.date',
  'parsely-pub-date',
];
const IMAGE_KEYS = ['og:image', 'og:image:secure_url', 'og:image:url', 'twitter:image', 'twitter:image:src', 'image'];
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'WebPage',
]);
// The meta tags Readability takes a title from before it falls back to <title>.
const TITLE_KEYS = /^(?:dc|dcterm|og|twitter|weibo:(?:article|webpage)):title$|^(?:title|parsely-title)$/;
const RTL_LANGUAGES = new Set(['ar', 'arc', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function firstMeta(metas: readonly MetaTag[], keys: readonly string[]): string | null {
  for (const key of keys) {
    const found = metas.find((meta) => meta.key === key && meta.content.trim() !== '');
    if (found) return found.content.trim();
  }
  return null;
}

function groupOpenGraph(metas: readonly MetaTag[]): Record<string, string | string[]> {
  const graph: Record<string, string | string[]> = {};
  for (const { key, content } of metas) {
    if (!OPEN_GRAPH.test(key)) continue;
    const known = graph[key];
    graph[key] = known === undefined ? content : Array.isArray(known) ? [...known, content] : [known, content];
  }
  return graph;
}

function groupTwitter(metas: readonly MetaTag[]): Record<string, string> {
  const card: Record<string, string> = {};
  for (const { key, content } of metas) if (key.startsWith('twitter:')) card[key] ??= content;
  return card;
}

function direction(dir: string | null, lang: string | null): 'ltr' | 'rtl' | null {
  const given = dir?.trim().toLowerCase();
  if (given === 'ltr' || given === 'rtl') return given;
  if (!lang) return null;
  return RTL_LANGUAGES.has(lang.toLowerCase().split(/[-_]/)[0] ?? '') ? 'rtl' : 'ltr';
}

function titleOf(title: string | null, facts: PageFacts): string | null {
  if (title === null) return null;
  const hasMetaTitle = facts.metas.some((meta) => TITLE_KEYS.test(meta.key));
  return withoutSiteName(title, clean(facts.title), hasMetaTitle);
}

/**
 * The date a page's <time> elements give it, when its head says nothing: one marked `pubdate`,
 * else the first inside an <article> (its byline), else the first in the extracted article.
 * Times elsewhere (sidebars of recent posts, a header's today) date other things.
 */
function timeTagDate(times: readonly TimeTag[], extracted: readonly (string | null)[]): string | null {
  const candidates = [
    ...times.filter((time) => time.pubdate).map((time) => time.datetime),
    ...times.filter((time) => time.inArticle).map((time) => time.datetime),
    ...extracted,
  ];
  for (const candidate of candidates) {
    const iso = toIsoUtc(candidate);
    if (iso) return iso;
  }
  return null;
}

/** Articles first: a page's JSON-LD often describes the site and the breadcrumbs too. */
function jsonLdField(nodes: readonly JsonObject[], read: (node: JsonObject) => string | null): string | null {
  const ordered = [...nodes.filter((node) => hasType(node, ARTICLE_TYPES)), ...nodes];
  for (const node of ordered) {
    const value = read(node);
    if (value) return value;
  }
  return null;
}

export function pageMetadata(
  facts: PageFacts,
  jsonLd: readonly unknown[],
  outcome: ReadabilityOutcome,
  urls: { page: string; base: string },
): PageMetadata {
  const { article, metadata } = outcome;
  const { metas } = facts;
  const nodes = jsonLdNodes(jsonLd);
  const absolute = (href: string | null) => (href ? (absoluteHttpUrl(href, urls.base)?.href ?? null) : null);

  const canonicalTag = facts.linkTags.find((link) => link.rel.toLowerCase().split(/\s+/).includes('canonical'));
  const lang = clean(article?.lang ?? facts.lang) ?? clean(firstMeta(metas, ['content-language'])?.split(',')[0]);
  const ogLocale = clean(firstMeta(metas, ['og:locale']))?.replace('_', '-') ?? null;
  const firstImage = article?.root.getElementsByTagName('img')[0]?.getAttribute('src') ?? null;

  return {
    canonicalUrl: absolute(canonicalTag?.href ?? null) ?? absolute(firstMeta(metas, ['og:url'])) ?? urls.page,
    title:
      titleOf(clean(article?.title ?? metadata.title), facts) ??
      clean(firstMeta(metas, ['og:title'])) ??
      clean(facts.title),
    byline: clean(article?.byline ?? metadata.byline),
    publishedTime:
      toIsoUtc(article?.publishedTime ?? metadata.publishedTime) ??
      toIsoUtc(firstMeta(metas, DATE_KEYS)) ??
      toIsoUtc(jsonLdField(nodes, (node) => stringOf(node.datePublished))) ??
      timeTagDate(
        facts.times,
        [...(article?.root.getElementsByTagName('time') ?? [])].map((time) => time.getAttribute('datetime')),
      ),
    lang: lang ?? ogLocale,
    dir: direction(article?.dir ?? facts.dir, lang ?? ogLocale),
    siteName: clean(article?.siteName ?? metadata.siteName),
    excerpt: clean(article?.excerpt ?? metadata.excerpt),
    leadImageUrl:
      absolute(firstMeta(metas, IMAGE_KEYS)) ??
      absolute(jsonLdField(nodes, (node) => stringOf(node.image) ?? stringOf(node.thumbnailUrl))) ??
      absolute(firstImage),
    openGraph: groupOpenGraph(metas),
    twitterCard: groupTwitter(metas),
  };
}
