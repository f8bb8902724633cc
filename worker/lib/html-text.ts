/**
 * Text in feeds: entity decoding and HTML to plain text. Entities decode in the strict sense
 * (terminated by `;`), HTML's named entities included: feeds use `&nbsp;` without declaring
 * it, and also put `?a=1&copy=2` in links and titles, which must stay as written.
 */
import { decodeHTMLStrict } from 'entities';

export function decodeXmlText(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

const DROPPED = /<(script|style)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<!\[CDATA\[|\]\]>/gi;
const BLOCK =
  /<\/?(?:p|div|br|li|ul|ol|dl|dt|dd|h[1-6]|tr|table|blockquote|pre|hr|section|article|header|footer|figure|figcaption)\b[^>]*>/gi;
/** Cells of a row are words apart, not glued ("Loaf Sold", not "LoafSold"). */
const CELL = /<\/?(?:td|th|caption)\b[^>]*>/gi;
const TAG = /<\/?[A-Za-z][^<>]*>/g;

/** Plain text from HTML: tags gone, entities decoded, one space between words, paragraphs on their own lines. */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return collapse(html);
  const text = html.replace(DROPPED, '').replace(BLOCK, '\n').replace(CELL, ' ').replace(TAG, '');
  return collapse(decodeXmlText(text));
}

/** Whether text holds an HTML tag (not merely a `<`). */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[A-Za-z][^<>]*>/.test(text);
}

/** Plain text of optional HTML; null when there is none. */
export function plainText(html: string | null): string | null {
  const text = html === null ? '' : htmlToText(html);
  return text === '' ? null : text;
}

/** Single-line plain text, e.g. a title that may hold markup. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\n/g, ' ');
}

/** C0 controls other than tab and newlines: XML forbids them, feeds still carry them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/** Runs of whitespace to one space, or one newline where the run held a line break. */
function collapse(text: string): string {
  const controlled = CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
  return controlled.replace(/[\s\u00a0]{2,}|[\t\n\f\r\u00a0]/g, (run) => (run.includes('\n') ? '\n' : ' ')).trim();
}

/** Trimmed, with runs of whitespace as single spaces; null when nothing is left. */
export function clean(text: string | null | undefined): string | null {
  if (text == null) return null;
  const controlled = CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
  const cleaned = (/\s\s|[\t\n\f\r\u00a0]/.test(controlled) ? controlled.replace(/\s+/g, ' ') : controlled).trim();
  return cleaned === '' ? null : cleaned;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
