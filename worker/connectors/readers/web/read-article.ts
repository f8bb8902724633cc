/**
 * Reads a page's article with Readability: first on the page pruned while it is parsed, then,
 * only when Readability's strictest attempt fails there, on the whole page (run-readability.ts
 * explains why the result is the same as Readability's on the whole page).
 */
import { type DomDocument, parseDocument } from './dom/document';
import { resolveUrl } from './links';
import { type PageFacts, PageFactsCollector } from './page-facts';
import { pruneFilter } from './prune-rules';
import { type ReadabilityOutcome, runReadability } from './run-readability';

export interface PageReading {
  facts: PageFacts;
  /** The URL relative links resolve against: the page's <base href>, else the page's own. */
  baseUrl: string;
  outcome: ReadabilityOutcome;
}

function resolveBase(baseHref: string | null, pageUrl: string): string {
  // An unusable <base href> is ignored, as browsers do.
  return (baseHref ? resolveUrl(baseHref, pageUrl)?.href : undefined) ?? pageUrl;
}

/** Meta tags and JSON-LD were gathered rather than built; Readability reads them from <head>. */
export function restoreHead(document: DomDocument, facts: PageFacts): void {
  for (const meta of facts.metas) {
    if (meta.from !== 'property' && meta.from !== 'name') continue;
    const element = document.createElement('meta');
    element.setAttribute(meta.from, meta.key);
    element.setAttribute('content', meta.content);
    document.head.appendChild(element);
  }
  for (const json of facts.jsonLd) {
    const script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.appendChild(document.createTextNode(json));
    document.head.appendChild(script);
  }
}

export function readArticle(html: string, pageUrl: string): PageReading {
  const collector = new PageFactsCollector();
  const pruned = parseDocument(
    html,
    { base: pageUrl, page: pageUrl },
    { filter: pruneFilter({ unlikely: true }), observer: collector },
  );
  const facts = collector.facts;
  const baseUrl = resolveBase(facts.baseHref, pageUrl);
  pruned.baseURI = baseUrl;
  restoreHead(pruned, facts);
  try {
    let outcome = runReadability(pruned, true);
    if (outcome === undefined) {
      const whole = parseDocument(html, { base: baseUrl, page: pageUrl }, { filter: pruneFilter({ unlikely: false }) });
      restoreHead(whole, facts);
      outcome = runReadability(whole, false) ?? { article: null, metadata: {} };
    }
    return { facts, baseUrl, outcome };
  } catch {
    // Readability failing on a page still leaves what the page says about itself.
    return { facts, baseUrl, outcome: { article: null, metadata: {} } };
  }
}
