/**
 * Bluesky rich text: the links, mentions and hashtags of a post's text as facets
 * (https://docs.bsky.app/docs/advanced-guides/post-richtext). The text itself stays as written;
 * facets point into it by UTF-8 byte offsets (not UTF-16 indexes, not graphemes), which is
 * why an emoji or an accented letter before a link moves its byteStart by more than one.
 * Detection follows the reference client's rules (@atproto/api RichText.detectFacets), except
 * that only links written with http(s):// become links: a bare "example.com" would need the
 * list of top-level domains to tell from a sentence that lacks a space.
 */

export type FacetFeature =
  | { $type: 'app.bsky.richtext.facet#link'; uri: string }
  | { $type: 'app.bsky.richtext.facet#mention'; did: string }
  | { $type: 'app.bsky.richtext.facet#tag'; tag: string };

/** One facet of app.bsky.richtext.facet: a byte range of the text and what it is. */
export interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: FacetFeature[];
}

/** What detection found, before mentions are resolved to DIDs. */
export type Found = { byteStart: number; byteEnd: number } & (
  | { kind: 'link'; uri: string }
  | { kind: 'mention'; handle: string }
  | { kind: 'tag'; tag: string }
);

/** A mention: @ then a handle-like run, after the start, a space or an opening parenthesis. */
const MENTION = /(^|\s|\()@([a-zA-Z0-9.-]+)(\b)/g;
/** atproto handle syntax: two or more DNS labels, the last not starting with a digit. */
const HANDLE =
  /^(?=.{1,253}$)(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;
const LINK = /(^|\s|\()(https?:\/\/\S+)/gi;
/** A tag: # (or the full-width ＃) and a word that is not only digits; invisible separators end it. */
const TAG =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each zero-width character is meant on its own, as a separator that ends a tag
  /(^|\s)[#＃]((?!\ufe0f)[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*[^\d\s\p{P}\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]+[^\s\u00AD\u2060\u200A\u200B\u200C\u200D\u20e2]*)?/gu;
const TRAILING_PUNCTUATION = /\p{P}+$/u;
/** The longest tag Bluesky takes, in characters (app.bsky.richtext.facet#tag maxGraphemes). */
const MAX_TAG = 64;

const encoder = new TextEncoder();
/** The UTF-8 offset of a UTF-16 index of `text`. */
const utf8 = (text: string, index: number) => encoder.encode(text.slice(0, index)).length;

/** The links, mentions and hashtags of `text`, in text order, with UTF-8 byte ranges. */
export function detectFacets(text: string): Found[] {
  const found: Found[] = [];
  const range = (start: number, end: number) => ({ byteStart: utf8(text, start), byteEnd: utf8(text, end) });

  for (const match of text.matchAll(MENTION)) {
    const [, lead = '', handle = ''] = match;
    if (!HANDLE.test(handle)) continue;
    const start = match.index + lead.length;
    found.push({ kind: 'mention', handle: handle.toLowerCase(), ...range(start, start + 1 + handle.length) });
  }

  for (const match of text.matchAll(LINK)) {
    const [, lead = '', written = ''] = match;
    let uri = written;
    // A sentence's full stop, or the parenthesis around a link, is not part of it.
    if (/[.,;:!?]$/.test(uri)) uri = uri.slice(0, -1);
    if (uri.endsWith(')') && !uri.includes('(')) uri = uri.slice(0, -1);
    if (!URL.canParse(uri)) continue;
    const start = match.index + lead.length;
    found.push({ kind: 'link', uri, ...range(start, start + uri.length) });
  }

  for (const match of text.matchAll(TAG)) {
    const [, lead = '', written] = match;
    const tag = written?.trim().replace(TRAILING_PUNCTUATION, '');
    if (!tag || tag.length > MAX_TAG) continue;
    const start = match.index + lead.length;
    found.push({ kind: 'tag', tag, ...range(start, start + 1 + tag.length) });
  }

  return found.sort((a, b) => a.byteStart - b.byteStart);
}

/**
 * The facets of `text`, mentions resolved to DIDs through `resolve` (each handle once). A
 * mention `resolve` answers null for is no account: it stays plain text rather than fail the post.
 */
export async function facetsOf(text: string, resolve: (handle: string) => Promise<string | null>): Promise<Facet[]> {
  const found = detectFacets(text);
  const handles = [...new Set(found.flatMap((f) => (f.kind === 'mention' ? [f.handle] : [])))];
  const dids = new Map<string, string | null>();
  for (const handle of handles) dids.set(handle, await resolve(handle));

  const facets: Facet[] = [];
  for (const f of found) {
    const index = { byteStart: f.byteStart, byteEnd: f.byteEnd };
    if (f.kind === 'link') facets.push({ index, features: [{ $type: 'app.bsky.richtext.facet#link', uri: f.uri }] });
    if (f.kind === 'tag') facets.push({ index, features: [{ $type: 'app.bsky.richtext.facet#tag', tag: f.tag }] });
    const did = f.kind === 'mention' ? dids.get(f.handle) : null;
    if (did) facets.push({ index, features: [{ $type: 'app.bsky.richtext.facet#mention', did }] });
  }
  return facets;
}
