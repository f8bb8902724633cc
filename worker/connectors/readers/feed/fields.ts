/**
 * Reading single values out of feed elements: text, URLs, numbers, durations, people.
 * Each returns null rather than an empty or unusable value.
 */

import { clean, htmlToLine } from '../../../lib/html-text';
import type { FeedPerson } from './model';
import { innerXml, type XmlElement } from './xml';

/**
 * The element's text as one line of plain text. Feeds put HTML in any text field, escaped
 * or not, so markup and entities are resolved everywhere, not only in titles.
 */
export function textOf(element: XmlElement | undefined): string | null {
  if (!element) return null;
  return clean(htmlToLine(element.children.length > 0 ? innerXml(element) : element.text));
}

/** The text of the first child, by the given names in order of preference, that has any. */
export function firstText(parent: XmlElement, ...names: string[]): string | null {
  for (const name of names) {
    for (const c of parent.children) {
      if (c.name !== name) continue;
      const text = textOf(c);
      if (text) return text;
    }
  }
  return null;
}

const ABSOLUTE = /^[a-z][a-z0-9+.-]*:/i;

/** An absolute URL for what a feed wrote, against the element's base; as written if it cannot be resolved. */
export function resolveUrl(href: string | null | undefined, base: string): string | null {
  const url = href?.trim();
  if (!url) return null;
  if (ABSOLUTE.test(url)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

export function intOf(value: string | null | undefined): number | null {
  const n = Number.parseInt(value?.trim() ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** Seconds from "3600", "1:02:03", "62:03" or "12.5"; null when it is none of these. */
export function durationOf(value: string | null | undefined): number | null {
  const text = value?.trim();
  if (!text || !/^\d+(?::\d{1,2}){0,2}(?:\.\d+)?$/.test(text)) return null;
  const seconds = text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return Math.round(seconds);
}

const EMAIL = /[^\s<>()"',;]+@[^\s<>()"',;]+\.[^\s<>()"',;]+/;

/** "jo@example.org (Jo Doe)", "Jo Doe <jo@example.org>", "jo@example.org" or "Jo Doe". */
export function personFromText(text: string | null): FeedPerson | null {
  if (!text) return null;
  const email = EMAIL.exec(text)?.[0]?.replace(/^mailto:/i, '') ?? null;
  const name = clean(
    email
      ? text
          .replace(EMAIL, '')
          .replace(/[<>()[\]]/g, ' ')
          .replace(/^\s*[-,:]|[-,:]\s*$/g, '')
      : text,
  );
  return { name, email, url: null };
}

/** Keeps the first of each key. */
export function uniqueBy<T>(values: T[], key: (value: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One entry per person (an author is often in both `author` and `dc:creator`). */
export function people(list: (FeedPerson | null)[]): FeedPerson[] {
  const present = list.filter(
    (p): p is FeedPerson => p !== null && (p.name !== null || p.email !== null || p.url !== null),
  );
  return uniqueBy(present, (p) => (p.name ?? p.email ?? p.url ?? '').toLowerCase());
}
