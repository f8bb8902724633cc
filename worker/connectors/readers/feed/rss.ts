/**
 * RSS 0.9x, 1.0 (RDF) and 2.0 into the feed model. The three share element names; what
 * differs is where items sit (inside `channel`, or beside it in RDF) and where an item's id
 * lives (`guid`, or `rdf:about`). Fallbacks follow what real feeds use in place of the core
 * elements: Dublin Core, iTunes, Media RSS and borrowed Atom elements.
 */

import { parseDate } from '../../../lib/dates';
import { clean, htmlToLine, plainText } from '../../../lib/html-text';
import { absoluteHtml } from './absolute-html';
import { atomHtml, atomLink, atomPeople } from './atom-constructs';
import { allTexts, durationOfElement, extensionAuthors, firstImageIn, imageOf, mediaOf } from './extensions';
import { firstText, intOf, people, personFromText, resolveUrl, textOf, uniqueBy } from './fields';
import { itemId } from './item-id';
import type { FeedEnclosure, FeedPerson, ParsedFeed, ParsedItem } from './model';
import { child, childrenNamed, innerXml, type XmlElement } from './xml';

export function readRss(root: XmlElement, feedUrl: string): ParsedFeed {
  const rdf = root.name === 'rdf:rdf';
  const channel = child(root, 'channel') ?? root;
  rebaseOnSite(root, feedUrl, linkOf(channel));
  const items =
    channel === root
      ? childrenNamed(root, 'item')
      : [...childrenNamed(channel, 'item'), ...childrenNamed(root, 'item')];
  const media = mediaOf(channel);
  return {
    format: rdf ? 'rdf' : 'rss',
    version: clean(root.attrs.version) ?? (rdf ? rdfVersion(root) : null),
    title: lineOf(channel, 'title', 'dc:title', 'itunes:title'),
    link: linkOf(channel),
    description: plainText(firstRaw(channel, 'description', 'dc:description', 'itunes:summary', 'itunes:subtitle')),
    language:
      firstText(channel, 'language', 'dc:language') ?? clean(root.attrs['xml:lang'] ?? channel.attrs['xml:lang']),
    imageUrl: resolveUrl(firstText(child(channel, 'image') ?? channel, 'url'), channel.base) ?? imageOf(channel, media),
    updated: parseDate(firstText(channel, 'lastbuilddate', 'pubdate', 'dc:date', 'atom:updated', 'dcterms:modified')),
    authors: people([
      ...['managingeditor', 'webmaster', 'author'].map((name) => personFromText(firstText(channel, name))),
      ...extensionAuthors(channel),
      ...atomPeople(channel, 'atom:author'),
      ...ownerOf(channel),
    ]),
    items: items.map(readItem),
  };
}

function readItem(item: XmlElement): ParsedItem {
  const guidElement = child(item, 'guid');
  const guid = guidElement ? firstRaw(item, 'guid') : null;
  const permalink = guidElement?.attrs.ispermalink?.trim().toLowerCase() !== 'false' ? guid : null;
  const link = linkOf(item) ?? (permalink && /^https?:\/\//i.test(permalink) ? permalink : null);
  const title = lineOf(item, 'title', 'dc:title', 'media:title');
  const description = firstRaw(item, 'description', 'dc:description');
  const contentHtml = absoluteHtml(
    firstRaw(item, 'content:encoded') ?? description ?? atomHtml(child(item, 'atom:content')),
    item.base,
  );
  const summary = firstRaw(item, 'itunes:summary', 'itunes:subtitle', 'atom:summary') ?? description;
  const updated = parseDate(firstText(item, 'atom:updated', 'dcterms:modified', 'updated', 'lastbuilddate'));
  const published =
    parseDate(
      firstText(item, 'pubdate', 'dc:date', 'atom:published', 'dcterms:issued', 'dcterms:created', 'published'),
    ) ?? updated;
  const media = mediaOf(item);
  const enclosures = enclosuresOf(item);
  return {
    // RSS 1.0 names each item by rdf:about; some feeds only give a Dublin Core identifier.
    id: itemId({
      guid: guid ?? clean(item.attrs['rdf:about']) ?? firstText(item, 'dc:identifier'),
      link,
      title,
      published,
      content: contentHtml,
    }),
    guid,
    link,
    title,
    contentHtml,
    summary: plainText(summary),
    authors: people([
      personFromText(firstText(item, 'author')),
      ...extensionAuthors(item),
      ...atomPeople(item, 'atom:author'),
    ]),
    published,
    updated,
    categories: allTexts(item, 'category', 'dc:subject'),
    enclosures,
    media,
    imageUrl:
      imageOf(item, media) ??
      enclosures.find((e) => e.type?.startsWith('image/'))?.url ??
      firstImageIn(contentHtml, item.base) ??
      firstImageIn(summary, item.base),
    commentsUrl: resolveUrl(firstText(item, 'comments'), item.base),
    durationSeconds: durationOfElement(item),
  };
}

/**
 * RSS has no xml:base in practice, and a feed served from elsewhere (FeedBurner, a CDN)
 * writes links relative to its site, not to the feed's URL: when the channel link is on
 * another origin, it becomes the base for every element that no xml:base covers.
 */
function rebaseOnSite(root: XmlElement, feedUrl: string, site: string | null) {
  if (!site || sameOrigin(site, feedUrl)) return;
  const rebase = (element: XmlElement) => {
    if (element.base !== feedUrl) return;
    element.base = site;
    element.children.forEach(rebase);
  };
  rebase(root);
}

/** True also when either is not a URL: then there is nothing better to resolve against. */
function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return true;
  }
}

/** A title-like field: plain text, whatever markup or entities it came with. */
function lineOf(parent: XmlElement, ...names: string[]): string | null {
  const raw = firstRaw(parent, ...names);
  return raw === null ? null : clean(htmlToLine(raw));
}

/** The element's content as written (markup included), for fields that hold HTML. */
function firstRaw(parent: XmlElement, ...names: string[]): string | null {
  for (const name of names) {
    for (const c of parent.children) {
      if (c.name !== name) continue;
      const raw = (c.children.length > 0 ? innerXml(c) : c.text).trim();
      if (raw) return raw;
    }
  }
  return null;
}

/** RSS `link` text; a `link` written as an Atom link without its prefix; then `atom:link`. */
function linkOf(parent: XmlElement): string | null {
  for (const c of parent.children) {
    if (c.name !== 'link') continue;
    const href = textOf(c) ?? (c.attrs.rel === undefined || c.attrs.rel === 'alternate' ? c.attrs.href : undefined);
    const url = resolveUrl(href, c.base);
    if (url) return url;
  }
  return atomLink(parent, 'atom:link', 'alternate');
}

function enclosuresOf(item: XmlElement): FeedEnclosure[] {
  const enclosures: FeedEnclosure[] = [];
  for (const c of item.children) {
    const rel = c.attrs.rel?.trim().toLowerCase();
    if (c.name !== 'enclosure' && !(c.name === 'atom:link' && rel === 'enclosure')) continue;
    const url = resolveUrl(c.attrs.url ?? c.attrs.href ?? textOf(c), c.base);
    if (url) enclosures.push({ url, type: clean(c.attrs.type), length: intOf(c.attrs.length) });
  }
  return uniqueBy(enclosures, (e) => e.url);
}

function ownerOf(channel: XmlElement): FeedPerson[] {
  const owner = child(channel, 'itunes:owner');
  if (!owner) return [];
  const person = { name: firstText(owner, 'itunes:name'), email: firstText(owner, 'itunes:email'), url: null };
  return person.name || person.email ? [person] : [];
}

/** RSS 0.90 is RDF with Netscape's namespace; 1.0 uses purl.org's. */
function rdfVersion(root: XmlElement): string {
  return /netscape/i.test(root.attrs.xmlns ?? '') ? '0.90' : '1.0';
}
