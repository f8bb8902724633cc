/**
 * Atom 1.0 (RFC 4287) and Atom 0.3 into the feed model. 0.3's names that 1.0 renamed are
 * read too: tagline, issued, modified, created, copyright, `mode` on text constructs.
 */

import { parseDate } from '../../../lib/dates';
import { clean } from '../../../lib/html-text';
import { absoluteHtml } from './absolute-html';
import { atomHtml, atomLink, atomLinks, atomPeople, atomPlainText, atomTextLine } from './atom-constructs';
import { allTexts, durationOfElement, extensionAuthors, firstImageIn, imageOf, mediaOf } from './extensions';
import { firstText, intOf, people, resolveUrl, uniqueBy } from './fields';
import { itemId } from './item-id';
import type { ParsedFeed, ParsedItem } from './model';
import { child, childrenNamed, type XmlElement } from './xml';

export function readAtom(root: XmlElement): ParsedFeed {
  const media = mediaOf(root);
  const icon = firstText(root, 'logo', 'icon');
  return {
    format: 'atom',
    version: clean(root.attrs.version) ?? (/purl\.org\/atom/i.test(root.attrs.xmlns ?? '') ? '0.3' : '1.0'),
    title: atomTextLine(child(root, 'title')),
    link: atomLink(root, 'link', 'alternate'),
    description: atomPlainText(child(root, 'subtitle') ?? child(root, 'tagline')),
    language: clean(root.attrs['xml:lang']) ?? firstText(root, 'dc:language'),
    imageUrl: resolveUrl(icon, root.base) ?? imageOf(root, media),
    updated: parseDate(firstText(root, 'updated', 'modified', 'dc:date')),
    authors: people([...atomPeople(root, 'author'), ...extensionAuthors(root)]),
    items: childrenNamed(root, 'entry').map(readEntry),
  };
}

function readEntry(entry: XmlElement): ParsedItem {
  const guid = firstText(entry, 'id', 'guid');
  const link = atomLink(entry, 'link', 'alternate') ?? firstLink(entry);
  const title = atomTextLine(child(entry, 'title')) ?? firstText(entry, 'media:title');
  const content = child(entry, 'content');
  const contentHtml = absoluteHtml(
    content?.attrs.src ? null : (atomHtml(content) ?? atomHtml(child(entry, 'content:encoded'))),
    content?.base ?? entry.base,
  );
  const summaryElement = child(entry, 'summary') ?? child(entry, 'media:group')?.children.find(isDescription);
  const updated = parseDate(firstText(entry, 'updated', 'modified'));
  const published = parseDate(firstText(entry, 'published', 'issued', 'created', 'dc:date', 'pubdate')) ?? updated;
  const media = mediaOf(entry);
  const enclosures = uniqueBy(
    atomLinks(entry, 'link', 'enclosure').flatMap((l) => {
      const url = resolveUrl(l.attrs.href, l.base);
      return url ? [{ url, type: clean(l.attrs.type), length: intOf(l.attrs.length) }] : [];
    }),
    (e) => e.url,
  );
  return {
    id: itemId({ guid, link, title, published, content: contentHtml }),
    guid,
    link,
    title,
    contentHtml,
    summary: atomPlainText(summaryElement),
    authors: people([...atomPeople(entry, 'author'), ...extensionAuthors(entry)]),
    published,
    updated,
    categories: uniqueBy(
      [
        ...childrenNamed(entry, 'category').flatMap((c) => clean(c.attrs.term ?? c.attrs.label ?? c.text) ?? []),
        ...allTexts(entry, 'dc:subject'),
      ],
      (c) => c,
    ),
    enclosures,
    media,
    imageUrl:
      imageOf(entry, media) ??
      enclosures.find((e) => e.type?.startsWith('image/'))?.url ??
      firstImageIn(contentHtml, entry.base),
    commentsUrl:
      atomLinks(entry, 'link', 'replies')
        .map((l) => resolveUrl(l.attrs.href, l.base))
        .find(Boolean) ?? null,
    durationSeconds: durationOfElement(entry),
  };
}

function isDescription(element: XmlElement): boolean {
  return element.name === 'media:description';
}

/** Some feeds give an entry only a `rel="self"` or other link: better than none. */
function firstLink(entry: XmlElement): string | null {
  const link = childrenNamed(entry, 'link').find((l) => l.attrs.href && l.attrs.rel !== 'enclosure');
  return link ? resolveUrl(link.attrs.href, link.base) : null;
}
