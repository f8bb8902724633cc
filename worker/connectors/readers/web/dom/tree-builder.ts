/**
 * Builds the small DOM from htmlparser2's events. htmlparser2 tokenizes like a browser (entities,
 * raw-text elements, implied end tags, void elements) but leaves document structure to its
 * handler, so this one puts head content in <head> and everything else in <body>, as browsers do.
 *
 * A filter can refuse elements: a refused element and all its content are never built, which is
 * how pages are pruned while they are read. An observer sees every event, also inside refused
 * elements, which is how facts about the whole page are gathered in the same pass.
 */
import { type Handler, Parser } from 'htmlparser2';
import { DomElement, type FragmentParser } from './element';
import type { DomNode } from './node';

/** The document a tree is built in: DomDocument (kept structural, so document.ts can import this file). */
export interface TreeDocument extends DomNode, FragmentParser {
  readonly documentElement: DomElement;
  readonly head: DomElement;
  readonly body: DomElement;
}

export type Attributes = Record<string, string>;

/** Decides whether an element is built; `stack` holds the open elements, innermost last. */
export type TreeFilter = (name: string, attributes: Attributes, stack: readonly DomNode[]) => boolean;

export interface TreeObserver {
  open(name: string, attributes: Attributes): void;
  text(text: string): void;
  close(name: string): void;
}

/**
 * Elements nested deeper than this are built as siblings at this depth (Chromium's parser does
 * the same at 512): content survives, and Readability's walks, some cubic in depth, stay bounded.
 * Real pages stay far below it (at most 34 levels in the extraction corpus).
 */
const MAX_DEPTH = 128;
const HEAD_CONTENT = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);
const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

class TreeBuilder implements Partial<Handler> {
  readonly #stack: DomNode[];
  #refusedDepth = 0;

  constructor(
    readonly document: TreeDocument,
    root: DomNode,
    readonly page: boolean,
    readonly filter: TreeFilter | null,
    readonly observer: TreeObserver | null,
  ) {
    this.#stack = [root];
  }

  #parent(): DomNode {
    return this.#stack[this.#stack.length - 1] ?? this.document;
  }

  /** Where content goes in a page: head content may stay in <head>, the rest goes to <body>. */
  #insertionParent(name: string | null): DomNode {
    const parent = this.#parent();
    if (!this.page) return parent;
    const { documentElement, head, body } = this.document;
    if (parent !== this.document && parent !== documentElement && parent !== head) return parent;
    if (name !== null && HEAD_CONTENT.has(name) && (parent === head || body.firstChild === null)) return head;
    return body;
  }

  onopentag(name: string, attributes: Attributes): void {
    this.observer?.open(name, attributes);
    if (this.#refusedDepth > 0 || (this.filter !== null && !this.filter(name, attributes, this.#stack))) {
      this.#refusedDepth++;
      return;
    }
    const { documentElement, head, body } = this.document;
    let element: DomElement;
    if (this.page && (name === 'html' || name === 'head' || name === 'body')) {
      element = name === 'html' ? documentElement : name === 'head' ? head : body;
      for (const [key, value] of Object.entries(attributes)) {
        if (!element.hasAttribute(key)) element.setAttribute(key, value);
      }
    } else {
      element = new DomElement(this.document, name);
      for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
      const parent = this.#insertionParent(name);
      parent.appendChild(element);
      // Too deep: what this element would hold goes next to it instead (the stack stays balanced).
      if (this.#stack.length > MAX_DEPTH) {
        this.#stack.push(parent);
        return;
      }
    }
    this.#stack.push(element);
  }

  ontext(text: string): void {
    this.observer?.text(text);
    if (this.#refusedDepth > 0) return;
    const parent = this.#insertionParent(null);
    // Whitespace between head elements is not content.
    if (parent === this.document.body && this.#parent() !== parent && text.trim() === '') return;
    parent.appendText(text);
  }

  onclosetag(name: string): void {
    this.observer?.close(name);
    if (this.#refusedDepth > 0) this.#refusedDepth--;
    else if (this.#stack.length > 1) this.#stack.pop();
  }
}

/** Parses HTML into `root` (an element, or a page's document when `page` is set). */
export function buildTree(
  document: TreeDocument,
  root: DomNode,
  html: string,
  options: { page: boolean; filter?: TreeFilter; observer?: TreeObserver },
): void {
  const builder = new TreeBuilder(document, root, options.page, options.filter ?? null, options.observer ?? null);
  new Parser(builder, PARSER_OPTIONS).end(html);
}
