/**
 * Atom's building blocks (RFC 4287 §3, and Atom 0.3's older spellings): text constructs,
 * person constructs and links. RSS feeds borrow them as `atom:link` and `atom:author`, so
 * the element names are passed in.
 */

import { clean, escapeHtml, htmlToLine, looksLikeHtml, plainText } from '../../../lib/html-text';
import { personFromText, resolveUrl } from './fields';
import type { FeedPerson } from './model';
import { child, innerXml, type XmlElement } from './xml';

type TextKind = 'text' | 'html' | 'xhtml';

/**
 * RFC 4287 §4.1.3.3: a MIME type that is neither text nor XML means base64 (Atom 0.3 said
 * `mode="base64"`). Only taken as such when it decodes to UTF-8 text: an unknown type on
 * plain words ("application/x-custom") is more often a mistake than an encoding.
 */
function base64Text(element: XmlElement): string | null {
  const type = (element.attrs.type ?? '').trim().toLowerCase();
  const declared =
    element.attrs.mode?.trim().toLowerCase() === 'base64' ||
    (type.includes('/') && !type.startsWith('text/') && !/[/+]xml$/.test(type));
  if (!declared || element.children.length > 0) return null;
  try {
    const bytes = Uint8Array.from(atob(element.text.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** RFC 4287 §3.1 `type`, and Atom 0.3's MIME types and `mode="escaped"`. */
function kindOf(element: XmlElement): TextKind {
  const type = (element.attrs.type ?? '').trim().toLowerCase();
  if (type === 'xhtml' || type.includes('xhtml') || (type === '' && element.attrs.mode === 'xml')) return 'xhtml';
  if (type === 'html' || type.includes('html') || element.attrs.mode === 'escaped') return 'html';
  return 'text';
}

/** The text, base64-decoded where it is encoded. */
function rawText(element: XmlElement): string {
  return base64Text(element) ?? element.text;
}

/** An xhtml construct is one `<div>` whose content is the value (RFC 4287 §3.1.1.3). */
function xhtmlOf(element: XmlElement): string {
  const div = element.children.find((c) => c.name === 'xhtml:div' || c.name === 'div');
  return (div ? innerXml(div) : innerXml(element)).trim();
}

/** A text construct as one line of plain text (titles). */
export function atomTextLine(element: XmlElement | undefined): string | null {
  if (!element) return null;
  const kind = kindOf(element);
  if (kind === 'xhtml') return clean(htmlToLine(xhtmlOf(element)));
  // Markup left unescaped inside a text or html title is still markup, not words; so is
  // what a base64 title decodes to.
  if (kind === 'html' || element.children.length > 0 || base64Text(element) !== null) {
    return clean(htmlToLine(element.children.length > 0 ? innerXml(element) : rawText(element)));
  }
  return clean(rawText(element));
}

/** A text construct as HTML (content, summary). */
export function atomHtml(element: XmlElement | undefined): string | null {
  if (!element || /^\s*(image|audio|video)\//i.test(element.attrs.type ?? '')) return null; // media, not text
  const kind = kindOf(element);
  if (kind === 'xhtml') return xhtmlOf(element) || null;
  if (element.children.length > 0) return innerXml(element).trim() || null;
  const text = rawText(element).trim();
  if (text === '') return null;
  return kind === 'html' ? text : escapeHtml(text);
}

/**
 * A text construct as plain text (summaries, subtitles). Escaped HTML in a `type="text"`
 * summary is, by the letter of RFC 4287, characters to show; in practice it is a feed that
 * forgot `type="html"`, and showing the tags would be the worse mistake.
 */
export function atomPlainText(element: XmlElement | undefined): string | null {
  if (element && kindOf(element) === 'text' && looksLikeHtml(element.text)) return plainText(element.text);
  return plainText(atomHtml(element));
}

/** Person constructs: `<author><name/><email/><uri/></author>`, or just text inside. */
export function atomPeople(parent: XmlElement, name: string): FeedPerson[] {
  const people: FeedPerson[] = [];
  for (const c of parent.children) {
    if (c.name !== name) continue;
    const prefix = name.includes(':') ? `${name.split(':')[0]}:` : '';
    const person: FeedPerson = {
      name: clean(child(c, `${prefix}name`)?.text),
      email: clean(child(c, `${prefix}email`)?.text),
      url: resolveUrl(child(c, `${prefix}uri`)?.text ?? child(c, `${prefix}url`)?.text, c.base),
    };
    const fromText = c.children.length === 0 ? personFromText(clean(c.text)) : null;
    if (person.name || person.email || person.url) people.push(person);
    else if (fromText) people.push(fromText);
  }
  return people;
}

/** The href of the first link with this rel (`alternate` also matches links with no rel), preferring HTML. */
export function atomLink(parent: XmlElement, name: string, rel: string): string | null {
  const links = parent.children.filter(
    (c) => c.name === name && (c.attrs.rel?.trim().toLowerCase() || 'alternate') === rel && c.attrs.href,
  );
  const html = links.find((l) => /html/i.test(l.attrs.type ?? 'text/html'));
  const link = html ?? links[0];
  return link ? resolveUrl(link.attrs.href, link.base) : null;
}

/** Every link with this rel, as elements, for enclosures. */
export function atomLinks(parent: XmlElement, name: string, rel: string): XmlElement[] {
  return parent.children.filter((c) => c.name === name && c.attrs.rel?.trim().toLowerCase() === rel && c.attrs.href);
}
