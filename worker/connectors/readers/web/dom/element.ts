/** Elements of the small DOM (see node.ts): attributes, the style Readability reads, queries. */
import { DomNode, DomText, ELEMENT_NODE, TEXT_NODE } from './node';
import { serializeChildren } from './serialize';
import { styleVisibility, type Visibility } from './style';

export class DomAttr {
  constructor(
    readonly name: string,
    public value: string,
  ) {}

  cloneNode(): DomAttr {
    return new DomAttr(this.name, this.value);
  }
}

/** What an element needs from its document to set innerHTML. */
export interface FragmentParser {
  parseInto(parent: DomNode, html: string): void;
}

const NO_STYLE: Visibility = { display: '', visibility: '' };

export class DomElement extends DomNode {
  readonly nodeType = ELEMENT_NODE;
  /** Lowercase, as in HTML documents. Writable: Readability renames elements in place. */
  localName: string;
  tagName: string;
  readonly attributes: DomAttr[] = [];

  constructor(
    override readonly ownerDocument: DomNode & FragmentParser,
    name: string,
  ) {
    super(ownerDocument);
    this.localName = name.toLowerCase();
    this.tagName = name.toUpperCase();
  }

  get nodeName(): string {
    return this.tagName;
  }

  getAttribute(name: string): string | null {
    for (const attr of this.attributes) if (attr.name === name) return attr.value;
    return null;
  }

  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }

  setAttribute(name: string, value: string): void {
    const lower = name.toLowerCase();
    for (const attr of this.attributes) {
      if (attr.name === lower) {
        attr.value = String(value);
        return;
      }
    }
    this.attributes.push(new DomAttr(lower, String(value)));
  }

  setAttributeNode(attr: DomAttr): void {
    this.setAttribute(attr.name, attr.value);
  }

  removeAttribute(name: string): void {
    const index = this.attributes.findIndex((attr) => attr.name === name);
    if (index >= 0) this.attributes.splice(index, 1);
  }

  get className(): string {
    return this.getAttribute('class') ?? '';
  }

  set className(value: string) {
    this.setAttribute('class', value);
  }

  get id(): string {
    return this.getAttribute('id') ?? '';
  }

  set id(value: string) {
    this.setAttribute('id', value);
  }

  /** Only what Readability asks of it: whether the element is displayed. */
  get style(): Visibility {
    const style = this.getAttribute('style');
    return style === null ? NO_STYLE : styleVisibility(style);
  }

  get textContent(): string {
    let text = '';
    for (let node = nextInTree(this, this); node; node = nextInTree(node, this)) {
      if (node.nodeType === TEXT_NODE) text += (node as DomText).data;
    }
    return text;
  }

  set textContent(value: string) {
    while (this.firstChild) this.removeChild(this.firstChild);
    if (value !== '') this.appendChild(new DomText(this.ownerDocument, value));
  }

  get innerHTML(): string {
    return serializeChildren(this);
  }

  set innerHTML(html: string) {
    while (this.firstChild) this.removeChild(this.firstChild);
    this.ownerDocument.parseInto(this, html);
  }

  getElementsByTagName(name: string): DomElement[] {
    const lower = name.toLowerCase();
    return collectElements(this, lower === '*' ? null : (element) => element.localName === lower);
  }

  /** Only lists of tag names ("p,div,img"): the one kind of selector Readability uses. */
  querySelectorAll(selector: string): DomElement[] {
    const names = new Set(selector.split(',').map((name) => name.trim().toLowerCase()));
    if ([...names].some((name) => !/^[a-z][a-z0-9-]*$/.test(name))) {
      throw new Error(`querySelectorAll: unsupported selector ${selector}`);
    }
    return collectElements(this, (element) => names.has(element.localName));
  }
}

export function isElement(node: DomNode | null | undefined): node is DomElement {
  return node?.nodeType === ELEMENT_NODE;
}

/** The node after `node` in document order, staying within `root`. */
export function nextInTree(node: DomNode, root: DomNode): DomNode | null {
  if (node.firstChild) return node.firstChild;
  for (let at: DomNode | null = node; at && at !== root; at = at.parentNode) {
    if (at.nextSibling) return at.nextSibling;
  }
  return null;
}

/** Descendant elements in document order. */
export function collectElements(root: DomNode, test: ((element: DomElement) => boolean) | null): DomElement[] {
  const found: DomElement[] = [];
  for (let node = nextInTree(root, root); node; node = nextInTree(node, root)) {
    if (node instanceof DomElement && (test === null || test(node))) found.push(node);
  }
  return found;
}
