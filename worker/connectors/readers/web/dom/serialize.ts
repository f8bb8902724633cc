/** HTML serialization of the small DOM, after the HTML fragment serialization algorithm. */
import { type DomNode, ELEMENT_NODE, TEXT_NODE } from './node';

/** What serializing needs of an element: DomElement has it (kept structural, so element.ts can import this file). */
interface SerializedElement extends DomNode {
  readonly localName: string;
  readonly attributes: readonly { readonly name: string; readonly value: string }[];
}

export const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
// Their text is not markup: it is written out as it is.
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;' };

export function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"\u00a0]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

function serializeNode(node: DomNode, parentName: string, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push(RAW_TEXT.has(parentName) ? node.textContent : escapeText(node.textContent));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as SerializedElement;
  const name = element.localName;
  out.push('<', name);
  for (const attr of element.attributes) out.push(' ', attr.name, '="', escapeAttribute(attr.value), '"');
  out.push('>');
  if (VOID_ELEMENTS.has(name)) return;
  for (let child = element.firstChild; child; child = child.nextSibling) serializeNode(child, name, out);
  out.push('</', name, '>');
}

export function serializeChildren(element: SerializedElement): string {
  const out: string[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) serializeNode(child, element.localName, out);
  return out.join('');
}
