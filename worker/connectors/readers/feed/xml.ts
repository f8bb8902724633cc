/**
 * A forgiving XML reader for feeds: builds a small element tree from text that is often not
 * well-formed XML. It never throws. Unclosed elements are closed by their parent's end tag,
 * stray end tags are ignored, a `<` that starts no tag is text, undeclared prefixes keep their
 * name, and HTML entities (`&nbsp;`, `&eacute;`) decode as they would in a browser.
 *
 * Hand-written rather than htmlparser2's xmlMode: on the corpus feeds this scanner tokenizes
 * about 4× faster, and knowing each element's source range gives us its raw inner markup
 * (unescaped HTML in a description, XHTML content) for free.
 */
import { decodeXmlText } from './text';
import { elementName, type Scope, withDeclarations } from './xml-names';

export interface XmlElement {
  /** Lower case; bare for the feed's own vocabulary, `prefix:local` for extensions (see xml-names.ts). */
  name: string;
  /** Attribute values, entity-decoded, keyed by their lower-case qualified name as written. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The character data directly inside (text and CDATA), decoded, untrimmed; blank runs after a child are left out. */
  text: string;
  /** The xml:base in scope, already resolved; the document URL outside any xml:base. */
  base: string;
  /** The document and where this element's content lies in it, for innerXml(). */
  source: string;
  contentStart: number;
  contentEnd: number;
}

interface Open {
  element: XmlElement;
  /** The tag name as written, lower case, to match its end tag. */
  tag: string;
  scope: Scope;
}

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/** ASCII letters, `_` and `:`; feeds do not start element names with anything else. */
function isNameStart(code: number): boolean {
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || code === 0x5f || code === 0x3a;
}

/** Parses `source`; `documentUrl` is the base for relative URLs. Null when there is no element at all. */
export function parseXml(source: string, documentUrl: string): XmlElement | null {
  let root: XmlElement | null = null;
  let rootNamespace: string | undefined;
  const stack: Open[] = [];
  let pos = 0;

  const addText = (text: string) => {
    const top = stack[stack.length - 1];
    // Indentation between child elements is nobody's text; skipping it spares much copying.
    if (top && !(top.element.children.length > 0 && text.trim() === '')) top.element.text += text;
  };
  const closeTo = (depth: number, at: number) => {
    while (stack.length > depth) {
      const open = stack.pop();
      if (open) open.element.contentEnd = at;
    }
  };

  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    if (lt === -1) {
      addText(decodeXmlText(source.slice(pos)));
      break;
    }
    if (lt > pos) addText(decodeXmlText(source.slice(pos, lt)));
    const next = source.charCodeAt(lt + 1);

    if (next === SLASH) {
      const end = indexOrEnd(source, '>', lt);
      const tag = source
        .slice(lt + 2, end)
        .trim()
        .toLowerCase();
      for (let depth = stack.length - 1; depth >= 0; depth--) {
        if (stack[depth]?.tag === tag) {
          closeTo(depth, lt);
          break;
        }
      }
      pos = end + 1;
    } else if (next === BANG && source.startsWith('<![CDATA[', lt)) {
      const end = indexOrEnd(source, ']]>', lt + 9);
      addText(source.slice(lt + 9, end));
      pos = end + 3;
    } else if (next === BANG && source.startsWith('<!--', lt)) {
      pos = indexOrEnd(source, '-->', lt + 4) + 3;
    } else if (next === BANG) {
      pos = declarationEnd(source, lt) + 1;
    } else if (next === QUESTION) {
      pos = indexOrEnd(source, '?>', lt + 2) + 2;
    } else if (isNameStart(next)) {
      const end = tagEnd(source, lt + 1);
      if (end === -1) break;
      let body = source.slice(lt + 1, end);
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const space = body.search(/\s/);
      const tag = (space === -1 ? body : body.slice(0, space)).toLowerCase();
      const attrs = space === -1 ? {} : parseAttributes(body.slice(space));
      pos = end + 1;
      closeUnclosedLeaf(stack, tag, lt, closeTo);
      const parent = stack[stack.length - 1];
      if (!parent && root) continue; // content after the root element: not part of the feed
      const scope = withDeclarations(parent?.scope, attrs);
      if (!parent) rootNamespace = scope.namespaceOf(tag);
      const element: XmlElement = {
        name: elementName(tag, scope, rootNamespace),
        attrs,
        children: [],
        text: '',
        base: resolveBase(attrs['xml:base'], parent?.element.base ?? documentUrl),
        source,
        contentStart: pos,
        contentEnd: pos,
      };
      if (parent) parent.element.children.push(element);
      else root = element;
      if (!selfClosing) stack.push({ element, tag, scope });
    } else {
      addText('<'); // "a < b" in ill-formed text
      pos = lt + 1;
    }
  }
  closeTo(0, source.length);
  return root;
}

/**
 * Feed elements that hold text, never other feed elements. One left open (`<link>url` with no
 * `</link>`) would swallow its siblings; when a feed element starts inside one, it is closed.
 * Tag names are compared as written (lower-cased), with the usual prefixes: enough for this.
 */
// biome-ignore format: a list of names
const TEXT_ONLY = new Set([
  'title', 'link', 'description', 'pubdate', 'guid', 'comments', 'lastbuilddate', 'language', 'id', 'updated',
  'published', 'issued', 'modified', 'dc:creator', 'dc:date', 'content:encoded',
]);
const FEED_ELEMENTS = new Set([...TEXT_ONLY, 'item', 'entry', 'author', 'category', 'enclosure', 'content', 'summary']);

function closeUnclosedLeaf(stack: Open[], tag: string, at: number, closeTo: (depth: number, at: number) => void) {
  if (!FEED_ELEMENTS.has(tag)) return;
  let depth = stack.length;
  while (depth > 1 && TEXT_ONLY.has(stack[depth - 1]?.tag ?? '')) depth--;
  if (depth < stack.length) closeTo(depth, at);
}

/** The raw markup between an element's tags: unescaped HTML or XHTML content as written. */
export function innerXml(element: XmlElement): string {
  return element.source.slice(element.contentStart, element.contentEnd);
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

function indexOrEnd(source: string, token: string, from: number): number {
  const at = source.indexOf(token, from);
  return at === -1 ? source.length : at;
}

/** `<!DOCTYPE …>` may hold an internal subset in brackets, itself full of `>`. */
function declarationEnd(source: string, lt: number): number {
  const close = indexOrEnd(source, '>', lt);
  const bracket = source.indexOf('[', lt);
  if (bracket === -1 || bracket > close) return close;
  return indexOrEnd(source, '>', indexOrEnd(source, ']', bracket));
}

/** The `>` that ends a start tag, skipping any inside quoted attribute values. */
function tagEnd(source: string, from: number): number {
  const close = source.indexOf('>', from);
  const quote = source.slice(from, close).search(/=\s*["']/);
  if (close === -1 || quote === -1) return close;
  let quoteChar = '';
  for (let i = from; i < source.length; i++) {
    const c = source.charAt(i);
    if (quoteChar) {
      if (c === quoteChar) quoteChar = '';
    } else if (c === '>') {
      return i;
    } else if ((c === '"' || c === "'") && /=\s*$/.test(source.slice(Math.max(from, i - 8), i))) {
      quoteChar = c;
    }
  }
  return -1;
}

function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(text); match !== null; match = ATTRIBUTE.exec(text)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeXmlText(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

function resolveBase(base: string | undefined, parentBase: string): string {
  if (base === undefined) return parentBase;
  try {
    return new URL(base.trim(), parentBase).href;
  } catch {
    return parentBase;
  }
}
