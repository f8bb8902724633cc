/**
 * Readability.js on the small DOM. A page is first read pruned (see prune-rules.ts): when
 * Readability's strictest attempt succeeds on it, as it does for most pages, that is exactly
 * what it would have returned for the whole page. When that attempt finds too little text,
 * Readability would retry with looser rules on the page as it was, so the caller reads the page
 * again without pruning and lets Readability run its full course.
 */
import { Readability } from '@mozilla/readability';
import type { DomDocument } from './dom/document';
import type { DomElement } from './dom/element';
import { applyRules, internalsOf, type ReadabilityMetadata } from './readability-internals';

export interface Article {
  title: string | null;
  byline: string | null;
  dir: string | null;
  lang: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** The article as Readability serialized it. */
  html: string;
  root: DomElement;
}

export interface ReadabilityOutcome {
  /** Null when Readability found no article in the page. */
  article: Article | null;
  /** What Readability found in the page's metadata, also when there is no article. */
  metadata: ReadabilityMetadata;
}

class LooserAttemptNeeded extends Error {}

function orNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/**
 * Runs Readability. With `firstAttemptOnly`, answers undefined where Readability would have
 * gone on to a looser attempt.
 */
export function runReadability(document: DomDocument, firstAttemptOnly: boolean): ReadabilityOutcome | undefined {
  let root: DomElement | null = null;
  const reader = new Readability(document as unknown as ReadabilityDocument, {
    // Readability serializes the article element once, at the end; the element is kept too.
    serializer: (node) => {
      root = node as unknown as DomElement;
      return root.innerHTML;
    },
  });
  applyRules(reader);
  const internals = internalsOf(reader);
  if (firstAttemptOnly) {
    internals._removeFlag = () => {
      throw new LooserAttemptNeeded();
    };
    // Readability copies the page's HTML to restore before a looser attempt. This run never
    // makes one, so the copy (a serialization of the whole page) is not taken.
    Object.defineProperty(document.body, 'innerHTML', { get: () => '', set: () => {} });
  }
  let result: ReturnType<Readability['parse']>;
  try {
    result = reader.parse();
  } catch (error) {
    if (error instanceof LooserAttemptNeeded) return undefined;
    throw error;
  }
  const metadata = internals._metadata;
  const article: DomElement | null = root;
  if (!result || article === null) return { article: null, metadata };
  return {
    metadata,
    article: {
      title: orNull(result.title),
      byline: orNull(result.byline),
      dir: orNull(result.dir),
      lang: orNull(result.lang),
      excerpt: orNull(result.excerpt),
      siteName: orNull(result.siteName),
      publishedTime: orNull(result.publishedTime),
      html: result.content ?? '',
      root: article,
    },
  };
}
