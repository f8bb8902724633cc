/**
 * A small DOM for Readability.js: the subset it uses (the same one Mozilla's JSDOMParser
 * provides), built for reading pages fast. Children are a linked list, so moving and removing
 * nodes costs the same on a page of 60,000 paragraphs as on a page of six; the childNodes and
 * children arrays are snapshots, rebuilt after a change. Not a browser DOM: no events, no live
 * collections, no namespaces.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;

export abstract class DomNode {
  abstract readonly nodeType: number;
  abstract readonly nodeName: string;
  parentNode: DomNode | null = null;
  firstChild: DomNode | null = null;
  lastChild: DomNode | null = null;
  previousSibling: DomNode | null = null;
  nextSibling: DomNode | null = null;
  #childNodes: DomNode[] | null = null;
  #children: DomNode[] | null = null;

  constructor(readonly ownerDocument: DomNode | null) {}

  abstract get textContent(): string;

  get ELEMENT_NODE(): number {
    return ELEMENT_NODE;
  }

  get TEXT_NODE(): number {
    return TEXT_NODE;
  }

  get childNodes(): DomNode[] {
    if (this.#childNodes === null) {
      const nodes: DomNode[] = [];
      for (let node = this.firstChild; node; node = node.nextSibling) nodes.push(node);
      this.#childNodes = nodes;
    }
    return this.#childNodes;
  }

  get children(): DomNode[] {
    this.#children ??= this.childNodes.filter((node) => node.nodeType === ELEMENT_NODE);
    return this.#children;
  }

  get firstElementChild(): DomNode | null {
    let node = this.firstChild;
    while (node && node.nodeType !== ELEMENT_NODE) node = node.nextSibling;
    return node;
  }

  get nextElementSibling(): DomNode | null {
    let node = this.nextSibling;
    while (node && node.nodeType !== ELEMENT_NODE) node = node.nextSibling;
    return node;
  }

  get previousElementSibling(): DomNode | null {
    let node = this.previousSibling;
    while (node && node.nodeType !== ELEMENT_NODE) node = node.previousSibling;
    return node;
  }

  #changed(): void {
    this.#childNodes = null;
    this.#children = null;
  }

  appendChild<T extends DomNode>(node: T): T {
    return this.insertBefore(node, null);
  }

  insertBefore<T extends DomNode>(node: T, reference: DomNode | null): T {
    if (reference !== null && reference.parentNode !== this) throw new Error('insertBefore: not a child of this node');
    node.parentNode?.removeChild(node);
    const before = reference ? reference.previousSibling : this.lastChild;
    node.parentNode = this;
    node.previousSibling = before;
    node.nextSibling = reference;
    if (before) before.nextSibling = node;
    else this.firstChild = node;
    if (reference) reference.previousSibling = node;
    else this.lastChild = node;
    this.#changed();
    return node;
  }

  removeChild<T extends DomNode>(node: T): T {
    if (node.parentNode !== this) throw new Error('removeChild: not a child of this node');
    if (node.previousSibling) node.previousSibling.nextSibling = node.nextSibling;
    else this.firstChild = node.nextSibling;
    if (node.nextSibling) node.nextSibling.previousSibling = node.previousSibling;
    else this.lastChild = node.previousSibling;
    node.parentNode = null;
    node.previousSibling = null;
    node.nextSibling = null;
    this.#changed();
    return node;
  }

  replaceChild<T extends DomNode>(node: DomNode, old: T): T {
    if (node === old) return old;
    // The new node may sit inside the old one (Readability lifts an only child this way).
    node.parentNode?.removeChild(node);
    this.insertBefore(node, old);
    return this.removeChild(old);
  }

  remove(): void {
    this.parentNode?.removeChild(this);
  }

  /** Appends text, merging with a text node already at the end (parsers deliver text in pieces). */
  appendText(text: string): void {
    const last = this.lastChild;
    if (last instanceof DomText) last.data += text;
    else this.appendChild(new DomText(this.ownerDocument ?? this, text));
  }
}

export class DomText extends DomNode {
  readonly nodeType = TEXT_NODE;
  readonly nodeName = '#text';

  constructor(
    ownerDocument: DomNode,
    public data: string,
  ) {
    super(ownerDocument);
  }

  get textContent(): string {
    return this.data;
  }

  set textContent(value: string) {
    this.data = value;
  }

  get nodeValue(): string {
    return this.data;
  }
}
