/**
 * What a page says about itself, gathered while it is read (also from the parts that pruning
 * leaves out): language, title, meta tags, <link> tags, <time> tags, JSON-LD and every link with its text.
 */
import type { Attributes, TreeObserver } from './dom/tree-builder';

export interface MetaTag {
  /** `property`, `name`, `itemprop` or `http-equiv`, lowercased. */
  key: string;
  content: string;
  /** The attribute the key came from: Readability reads `property` and `name` differently. */
  from: 'property' | 'name' | 'itemprop' | 'http-equiv';
}

export interface LinkTag {
  rel: string;
  href: string;
  type: string | null;
}

/** A `<time datetime>` element: where it stood says whether it may date the page. */
export interface TimeTag {
  datetime: string;
  /** Inside an `<article>` element. */
  inArticle: boolean;
  /** Marked as the publication date (the `pubdate` attribute of HTML5 drafts, still written by some themes). */
  pubdate: boolean;
}

export interface Anchor {
  href: string;
  rel: string;
  text: string;
}

export interface PageFacts {
  lang: string | null;
  dir: string | null;
  baseHref: string | null;
  title: string | null;
  metas: MetaTag[];
  linkTags: LinkTag[];
  anchors: Anchor[];
  times: TimeTag[];
  /** Raw text of each `<script type="application/ld+json">`, in page order. */
  jsonLd: string[];
}

const MAX_ANCHORS = 5000;
const MAX_METAS = 2000;
const MAX_TIMES = 200;
const MAX_JSON_LD_CHARS = 1_000_000;

export function emptyFacts(): PageFacts {
  return {
    lang: null,
    dir: null,
    baseHref: null,
    title: null,
    metas: [],
    linkTags: [],
    anchors: [],
    times: [],
    jsonLd: [],
  };
}

export class PageFactsCollector implements TreeObserver {
  readonly facts = emptyFacts();
  #foreignDepth = 0; // inside <svg> or <math>, whose <title> and <a> are not the page's
  #articleDepth = 0;
  #inTitle = false;
  #jsonLd = -1;
  #anchor: Anchor | null = null;
  #jsonLdChars = 0;

  open(name: string, attributes: Attributes): void {
    const facts = this.facts;
    switch (name) {
      case 'html':
        facts.lang ??= attributes.lang ?? null;
        facts.dir ??= attributes.dir ?? null;
        break;
      case 'base':
        facts.baseHref ??= attributes.href ?? null;
        break;
      case 'title':
        if (facts.title === null && this.#foreignDepth === 0) {
          facts.title = '';
          this.#inTitle = true;
        }
        break;
      case 'link':
        if (attributes.rel && attributes.href) {
          facts.linkTags.push({ rel: attributes.rel, href: attributes.href, type: attributes.type ?? null });
        }
        break;
      case 'a':
        if (attributes.href !== undefined && this.#foreignDepth === 0 && facts.anchors.length < MAX_ANCHORS) {
          this.#anchor = { href: attributes.href, rel: attributes.rel ?? '', text: '' };
          facts.anchors.push(this.#anchor);
        }
        break;
      case 'article':
        this.#articleDepth++;
        break;
      case 'time':
        if (attributes.datetime?.trim() && facts.times.length < MAX_TIMES)
          facts.times.push({
            datetime: attributes.datetime,
            inArticle: this.#articleDepth > 0,
            pubdate: attributes.pubdate !== undefined,
          });
        break;
      case 'script':
        if (attributes.type?.trim().toLowerCase() === 'application/ld+json') this.#jsonLd = facts.jsonLd.push('') - 1;
        break;
      case 'svg':
      case 'math':
        this.#foreignDepth++;
        break;
    }
    if (attributes.itemprop !== undefined || name === 'meta') this.#meta(name, attributes);
  }

  #meta(name: string, attributes: Attributes): void {
    const content = attributes.content ?? (name === 'time' ? attributes.datetime : undefined);
    if (content === undefined || this.facts.metas.length >= MAX_METAS) return;
    const from =
      name !== 'meta'
        ? 'itemprop'
        : attributes.property !== undefined
          ? 'property'
          : attributes.name !== undefined
            ? 'name'
            : attributes.itemprop !== undefined
              ? 'itemprop'
              : 'http-equiv';
    const key = attributes[from];
    if (key) this.facts.metas.push({ key: key.trim().toLowerCase(), content, from });
  }

  text(text: string): void {
    if (this.#inTitle) this.facts.title += text;
    if (this.#anchor) this.#anchor.text += text;
    if (this.#jsonLd >= 0 && this.#jsonLdChars < MAX_JSON_LD_CHARS) {
      this.facts.jsonLd[this.#jsonLd] += text;
      this.#jsonLdChars += text.length;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'title':
        this.#inTitle = false;
        break;
      case 'a':
        this.#anchor = null;
        break;
      case 'script':
        this.#jsonLd = -1;
        break;
      case 'article':
        if (this.#articleDepth > 0) this.#articleDepth--;
        break;
      case 'svg':
      case 'math':
        this.#foreignDepth--;
        break;
    }
  }
}
