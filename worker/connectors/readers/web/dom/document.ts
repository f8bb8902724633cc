/** The document of the small DOM (see node.ts): always has <html>, <head> and <body>. */
import { collectElements, DomElement, type FragmentParser } from './element';
import { DOCUMENT_NODE, DomNode, DomText } from './node';
import { buildTree, type TreeFilter, type TreeObserver } from './tree-builder';

export class DomDocument extends DomNode implements FragmentParser {
  readonly nodeType = DOCUMENT_NODE;
  readonly nodeName = '#document';
  readonly documentElement: DomElement;
  readonly head: DomElement;
  readonly body: DomElement;

  constructor(
    public baseURI: string,
    readonly documentURI: string,
  ) {
    super(null);
    this.documentElement = this.appendChild(new DomElement(this, 'html'));
    this.head = this.documentElement.appendChild(new DomElement(this, 'head'));
    this.body = this.documentElement.appendChild(new DomElement(this, 'body'));
  }

  get textContent(): string {
    return '';
  }

  get title(): string {
    const title = collectElements(this.head, (element) => element.localName === 'title')[0];
    return (title?.textContent ?? '').replace(/[\t\n\f\r ]+/g, ' ').trim();
  }

  createElement(name: string): DomElement {
    return new DomElement(this, name);
  }

  createTextNode(text: string): DomText {
    return new DomText(this, text);
  }

  getElementsByTagName(name: string): DomElement[] {
    return this.documentElement.getElementsByTagName(name);
  }

  querySelectorAll(selector: string): DomElement[] {
    const all = this.documentElement.querySelectorAll(selector);
    return selector.split(',').some((name) => name.trim().toLowerCase() === 'html')
      ? [this.documentElement, ...all]
      : all;
  }

  parseInto(parent: DomNode, html: string): void {
    buildTree(this, parent, html, { page: false });
  }
}

/** Reads a whole page into a document. */
export function parseDocument(
  html: string,
  urls: { base: string; page: string },
  options: { filter?: TreeFilter; observer?: TreeObserver } = {},
): DomDocument {
  const document = new DomDocument(urls.base, urls.page);
  buildTree(document, document, html, { page: true, ...options });
  return document;
}
