/**
 * Plain text of an article DOM, laid out the way a reader sees it: paragraphs, headings and
 * list items on lines of their own, spaces collapsed, preformatted text kept as it is.
 */
import { DomElement } from './dom/element';
import { type DomNode, TEXT_NODE } from './dom/node';

// Elements that start on a new line; those mapped to 2 are set off by a blank line.
const BREAKS: Record<string, number> = {
  p: 2,
  h1: 2,
  h2: 2,
  h3: 2,
  h4: 2,
  h5: 2,
  h6: 2,
  blockquote: 2,
  pre: 2,
  ul: 2,
  ol: 2,
  dl: 2,
  table: 2,
  figure: 2,
  hr: 2,
  section: 2,
  article: 2,
  header: 2,
  footer: 2,
  aside: 2,
  details: 2,
  address: 2,
  div: 1,
  li: 1,
  dt: 1,
  dd: 1,
  tr: 1,
  figcaption: 1,
  caption: 1,
  summary: 1,
  main: 1,
  nav: 1,
  form: 1,
  fieldset: 1,
  br: 1,
};
const CELLS = new Set(['td', 'th']);
const SILENT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

class TextWriter {
  #out = '';
  #pendingBreak = 0;
  #pendingSpace = false;

  breakLine(level: number): void {
    if (this.#out !== '') this.#pendingBreak = Math.max(this.#pendingBreak, level);
    this.#pendingSpace = false;
  }

  space(): void {
    if (this.#out !== '' && this.#pendingBreak === 0) this.#pendingSpace = true;
  }

  write(text: string): void {
    if (text === '') return;
    if (this.#pendingBreak > 0) this.#out += this.#pendingBreak > 1 ? '\n\n' : '\n';
    else if (this.#pendingSpace) this.#out += ' ';
    this.#pendingBreak = 0;
    this.#pendingSpace = false;
    this.#out += text;
  }

  toString(): string {
    return this.#out;
  }
}

function writeInline(writer: TextWriter, text: string): void {
  const parts = text.split(/[ \t\n\f\r]+/);
  parts.forEach((part, i) => {
    if (i > 0) writer.space();
    writer.write(part);
  });
}

function walk(node: DomNode, writer: TextWriter, pre: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    if (pre) writer.write(node.textContent);
    else writeInline(writer, node.textContent);
    return;
  }
  if (!(node instanceof DomElement)) return;
  const name = node.localName;
  if (SILENT.has(name)) return;
  const level = BREAKS[name] ?? 0;
  if (name === 'br') {
    writer.breakLine(1);
    return;
  }
  if (level > 0) writer.breakLine(level);
  if (CELLS.has(name)) writer.space();
  const inPre = pre || name === 'pre';
  for (let child = node.firstChild; child; child = child.nextSibling) walk(child, writer, inPre);
  if (level > 0) writer.breakLine(level);
  if (CELLS.has(name)) writer.space();
}

export function articleText(root: DomNode): string {
  const writer = new TextWriter();
  walk(root, writer, false);
  return writer.toString().trim();
}
