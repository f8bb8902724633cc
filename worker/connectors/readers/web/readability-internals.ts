/**
 * The few parts of Readability.js that are not in its typed API but that extraction relies on,
 * gathered in one place so an upgrade that moves them fails one test (readability-internals.test.ts)
 * instead of silently changing results.
 */
import { Readability } from '@mozilla/readability';

export interface ReadabilityRules {
  REGEXPS: {
    unlikelyCandidates: RegExp;
    okMaybeItsACandidate: RegExp;
    byline: RegExp;
  };
  UNLIKELY_ROLES: string[];
}

/** What Readability has found about the page before it looks for the article. */
export interface ReadabilityMetadata {
  title?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  publishedTime?: string | null;
}

export interface ReadabilityInternals {
  /** Called when an attempt found too little text, before the next, less strict attempt. */
  _removeFlag(flag: number): void;
  _metadata: ReadabilityMetadata;
  _articleLang?: string | null;
}

const released = Readability.prototype as unknown as ReadabilityRules;

/**
 * Readability's own rules for what is unlikely to be content, which pruning applies too, so
 * that pruning early changes nothing but the amount of work. One upstream fix is taken ahead of
 * its release (0.6.0 is the latest): MathJax containers carry a "CtxtMenu" class that reads as a
 * menu, and without it every formula is dropped.
 */
export const readabilityRules: ReadabilityRules = {
  UNLIKELY_ROLES: released.UNLIKELY_ROLES,
  // All of Readability's expressions, as a reader given these rules needs every one.
  REGEXPS: { ...released.REGEXPS, okMaybeItsACandidate: /and|article|body|column|content|main|mathjax|shadow/i },
};

export function internalsOf(reader: Readability): ReadabilityInternals {
  return reader as unknown as ReadabilityInternals;
}

/** Makes a reader use `readabilityRules`. */
export function applyRules(reader: Readability): void {
  Object.assign(reader, { REGEXPS: readabilityRules.REGEXPS });
}
