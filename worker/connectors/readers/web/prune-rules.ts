/**
 * What is left out of a page while it is read. Everything left out is something Readability
 * removes itself before scoring, by the same rules (its own, imported), so leaving it out early
 * changes the amount of work, not the result:
 * - never content: scripts, styles, embeds, frames, SVG (Readability drops or ignores them),
 *   plus meta tags and JSON-LD, which are gathered separately and given back in <head>;
 * - hidden elements, which Readability removes in every attempt;
 * - with `unlikely`, what its first, strictest attempt removes as unlikely to be content.
 *   If that attempt fails, Readability retries on the whole page, and so must the caller.
 */
import type { DomNode } from './dom/node';
import { isHiddenByStyle } from './dom/style';
import type { Attributes, TreeFilter } from './dom/tree-builder';
import { readabilityRules } from './readability-internals';

const NEVER_CONTENT = new Set([
  'script',
  'style',
  'link',
  'base',
  'meta',
  'template',
  'iframe',
  'frame',
  'frameset',
  'svg',
  'canvas',
  'object',
  'embed',
  'applet',
  'noembed',
]);
const DOCUMENT = new Set(['html', 'head', 'body']);
const { REGEXPS, UNLIKELY_ROLES } = readabilityRules;
/** Readability spares unlikely-looking elements within this many levels below a table or code. */
const GUARD_DEPTH = 4;

/** Readability's `_isProbablyVisible`, and its removal of modal dialogs. */
export function isHidden(attributes: Attributes): boolean {
  const style = attributes.style;
  if (style !== undefined && isHiddenByStyle(style)) return true;
  if (attributes.hidden !== undefined) return true;
  if (attributes['aria-hidden'] === 'true' && !(attributes.class ?? '').includes('fallback-image')) return true;
  return attributes['aria-modal'] === 'true' && attributes.role === 'dialog';
}

function nearTableOrCode(stack: readonly DomNode[]): boolean {
  for (let i = stack.length - 1, seen = 0; i >= 0 && seen < GUARD_DEPTH; i--, seen++) {
    const name = stack[i]?.nodeName;
    if (name === 'TABLE' || name === 'CODE') return true;
  }
  return false;
}

/**
 * Readability's unlikely-candidate test. Elements it looks at before that test in the same
 * step (a byline, the header that repeats the title) are left to it.
 */
export function isUnlikely(name: string, attributes: Attributes, stack: readonly DomNode[]): boolean {
  if (name === 'a' || name === 'h1' || name === 'h2') return false;
  const match = `${attributes.class ?? ''} ${attributes.id ?? ''}`;
  const role = attributes.role;
  const unlikely =
    (REGEXPS.unlikelyCandidates.test(match) && !REGEXPS.okMaybeItsACandidate.test(match)) ||
    (role !== undefined && UNLIKELY_ROLES.includes(role));
  if (!unlikely) return false;
  const maybeByline =
    attributes.rel === 'author' || (attributes.itemprop ?? '').includes('author') || REGEXPS.byline.test(match);
  return !maybeByline && !nearTableOrCode(stack);
}

export function pruneFilter(options: { unlikely: boolean }): TreeFilter {
  return (name, attributes, stack) => {
    if (NEVER_CONTENT.has(name)) return false;
    if (DOCUMENT.has(name)) return true;
    if (isHidden(attributes)) return false;
    return !(options.unlikely && isUnlikely(name, attributes, stack));
  };
}
