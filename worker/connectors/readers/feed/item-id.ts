/**
 * A stable id for an item that has none of its own, so a re-read updates the stored item
 * instead of adding a copy: the link if there is one, else a hash of what identifies the
 * item (title and date, or the content when those are missing too).
 */

/** cyrb53: a fast, well-mixed 53-bit string hash. Not cryptographic; ids only need to be stable. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export interface IdParts {
  guid: string | null;
  link: string | null;
  title: string | null;
  published: string | null;
  content: string | null;
}

export function itemId({ guid, link, title, published, content }: IdParts): string {
  if (guid) return guid;
  if (link) return link;
  const key = title || published ? `${title ?? ''}\u0000${published ?? ''}` : (content ?? '');
  return `hash:${hash53(key)}`;
}
