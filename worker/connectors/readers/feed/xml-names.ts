/**
 * Element names by namespace. A feed's own vocabulary (RSS, or Atom in an Atom feed) gets
 * bare names (`title`, `link`); extensions get this parser's prefix for their namespace
 * (`dc:creator`, `media:content`, `atom:link` inside RSS) whatever prefix the feed chose.
 * Prefixes a feed uses without declaring keep the name as written, so `<media:content>` in
 * a feed that forgot `xmlns:media` still reads as media RSS.
 */
import { prefixForNamespace } from './namespaces';

/** A declared namespace: its URI, and our prefix for it (undefined when we do not know it). */
interface Declared {
  uri: string;
  prefix: string | undefined;
}

/** Namespace declarations in scope, by prefix ('' for the default namespace). */
export interface Scope {
  namespaceOf(tag: string): string | undefined;
}

/** A link in a chain of scopes: only elements that declare namespaces add one, so chains stay short. */
class MapScope implements Scope {
  constructor(
    private readonly declared: ReadonlyMap<string, Declared>,
    private readonly parent: MapScope | null,
  ) {}

  lookup(tag: string): Declared | undefined {
    const colon = tag.indexOf(':');
    return this.bound(colon === -1 ? '' : tag.slice(0, colon));
  }

  bound(prefix: string): Declared | undefined {
    for (let scope: MapScope | null = this; scope; scope = scope.parent) {
      const declared = scope.declared.get(prefix);
      if (declared) return declared;
    }
    return undefined;
  }

  namespaceOf(tag: string): string | undefined {
    return this.lookup(tag)?.uri;
  }

  extend(attrs: Record<string, string>): MapScope {
    const declared = new Map<string, Declared>();
    for (const [name, uri] of Object.entries(attrs)) {
      // Normalised once here rather than for every element that uses the prefix.
      if (name === 'xmlns') declared.set('', { uri, prefix: prefixForNamespace(uri) });
      else if (name.startsWith('xmlns:')) declared.set(name.slice(6), { uri, prefix: prefixForNamespace(uri) });
    }
    return new MapScope(declared, this);
  }
}

const EMPTY = new MapScope(new Map(), null);

/** The scope inside an element: its parent's, plus whatever xmlns attributes it carries. */
export function withDeclarations(parent: Scope | undefined, attrs: Record<string, string>): Scope {
  const scope = parent instanceof MapScope ? parent : EMPTY;
  for (const name in attrs) {
    if (!name.startsWith('xmlns')) continue;
    // Feeds often repeat the root's declaration on every element that uses it: no new scope then.
    if (scope.bound(name === 'xmlns' ? '' : name.slice(6))?.uri !== attrs[name]) return scope.extend(attrs);
  }
  return scope;
}

/** The name feed code matches on, for a lower-case tag as written. */
export function elementName(tag: string, scope: Scope, rootIsAtom: boolean): string {
  const prefix = scope instanceof MapScope ? scope.lookup(tag)?.prefix : undefined;
  if (prefix === undefined) return tag; // undeclared, or an unknown vocabulary: as written
  const colon = tag.indexOf(':');
  const local = colon === -1 ? tag : tag.slice(colon + 1);
  if (prefix === '' || (prefix === 'atom' && rootIsAtom)) return local;
  return `${prefix}:${local}`;
}
