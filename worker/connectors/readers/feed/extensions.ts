/**
 * The extension vocabularies that RSS and Atom feeds share: Media RSS (pictures and video),
 * iTunes (podcasts), Dublin Core (creator, date, subject) and inline images.
 */
import { durationOf, firstText, intOf, personFromText, resolveUrl, textOf, uniqueBy } from './fields';
import type { FeedMedia, FeedPerson } from './model';
import { childrenNamed, type XmlElement } from './xml';

/** `media:content` and `media:thumbnail`, also inside `media:group`, in document order. */
export function mediaOf(element: XmlElement): FeedMedia[] {
  const media: FeedMedia[] = [];
  for (const c of element.children) {
    if (c.name === 'media:group') media.push(...mediaOf(c));
    else if (c.name === 'media:content' || c.name === 'media:thumbnail') {
      const url = resolveUrl(c.attrs.url, c.base);
      if (!url) continue;
      const thumbnail = c.name === 'media:thumbnail';
      media.push({
        url,
        type: c.attrs.type?.trim() || null,
        medium: thumbnail ? 'image' : c.attrs.medium?.trim().toLowerCase() || mediumOfType(c.attrs.type),
        width: intOf(c.attrs.width),
        height: intOf(c.attrs.height),
      });
    }
  }
  return uniqueBy(media, (m) => m.url);
}

function mediumOfType(type: string | undefined): string | null {
  const major = type?.trim().toLowerCase().split('/')[0];
  return major === 'image' || major === 'video' || major === 'audio' ? major : null;
}

/** The picture that stands for an element: iTunes image, a Media RSS thumbnail or image. */
export function imageOf(element: XmlElement, media: FeedMedia[]): string | null {
  for (const c of element.children) {
    if (c.name === 'itunes:image') return resolveUrl(c.attrs.href ?? c.text, c.base);
  }
  return (
    media.find((m) => m.medium === 'image' && m.type === null)?.url ??
    media.find((m) => m.medium === 'image')?.url ??
    null
  );
}

/** The first `<img src>` in an item's HTML (an image a feed gives no other way). */
export function firstImageIn(html: string | null, base: string): string | null {
  const src = html ? /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(html) : null;
  return src ? resolveUrl(src[1] ?? src[2] ?? src[3], base) : null;
}

/** iTunes duration, else the first Media RSS `duration`. */
export function durationOfElement(element: XmlElement): number | null {
  const itunes = durationOf(firstText(element, 'itunes:duration'));
  if (itunes !== null) return itunes;
  for (const c of element.children) {
    if (c.name === 'media:group') return durationOfElement(c);
    if (c.name === 'media:content' && c.attrs.duration) return durationOf(c.attrs.duration);
  }
  return null;
}

/** Dublin Core creators and the iTunes author, as people. */
export function extensionAuthors(element: XmlElement): FeedPerson[] {
  const people: FeedPerson[] = [];
  for (const c of element.children) {
    if (c.name === 'dc:creator' || c.name === 'dc:author' || c.name === 'itunes:author') {
      const person = personFromText(textOf(c));
      if (person) people.push(person);
    }
  }
  return people;
}

/** Text of every child with one of these names, each once. */
export function allTexts(element: XmlElement, ...names: string[]): string[] {
  const texts = names.flatMap((name) => childrenNamed(element, name).map((c) => c.text.trim()));
  return [...new Set(texts.filter((t) => t !== ''))];
}
