/**
 * Hashtags and mentions as the platforms write them: Unicode letters (#café, #日本),
 * Bluesky handles (@alice.bsky.social) and Mastodon's user@host. Not the fragment of a URL
 * (example.com/#top), the tail of an e-mail address, an HTML entity (&#39;) or C#.
 */
import { LINK, MENTION, withoutLinks } from './text';

/** A # not glued to a word, an entity or a path; the tag must hold a letter (#1 is a rank, not a tag). */
const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&/#])[#＃]([\p{L}\p{M}\p{N}_]+)/gu;

/** Each distinct value once (case-insensitively), in the form first written. */
function distinct(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const key = value.toLowerCase();
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

/** Hashtags without the #, NFC-normalized, each once. */
export function hashtags(text: string): string[] {
  const tags = [...withoutLinks(text.normalize('NFC')).matchAll(HASHTAG)]
    .map((match) => match[1] ?? '')
    .filter((tag) => /\p{L}/u.test(tag));
  return distinct(tags);
}

/** Mentioned handles without the leading @ (alice.bsky.social, bob@mastodon.social), each once. */
export function mentions(text: string): string[] {
  const handles = [...withoutLinks(text.normalize('NFC')).matchAll(MENTION)]
    // A sentence may end right after a handle: "thanks @alice."
    .map((match) => (match[1] ?? '').replace(/[.-]+$/u, ''))
    .filter((handle) => handle !== '');
  return distinct(handles);
}

/** Links as written (https://…, www.…), each once. */
export function links(text: string): string[] {
  return [...new Set(text.normalize('NFC').match(LINK) ?? [])];
}
