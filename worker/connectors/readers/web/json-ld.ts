/**
 * JSON-LD blocks as pages really write them: wrapped in CDATA or HTML comments, with raw line
 * breaks inside strings, sometimes not JSON at all (those are skipped).
 */

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseBlock(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^(?:<!\[CDATA\[|<!--)\s*/, '')
    .replace(/\s*(?:\]\]>|-->)$/, '')
    .replace(/;\s*$/, '');
  try {
    return JSON.parse(text);
  } catch {
    // Control characters (raw line breaks, tabs) inside strings are the usual breakage.
    try {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what must be replaced
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

/** Every block that parses, top-level arrays spread. */
export function parseJsonLd(blocks: readonly string[]): unknown[] {
  const parsed: unknown[] = [];
  for (const block of blocks) {
    const value = parseBlock(block);
    if (Array.isArray(value)) parsed.push(...value.filter((item) => item !== null && item !== undefined));
    else if (value !== undefined && value !== null) parsed.push(value);
  }
  return parsed;
}

/** The objects that describe things: top-level objects and the members of their @graph. */
export function jsonLdNodes(parsed: readonly unknown[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const value of parsed) {
    if (!isObject(value)) continue;
    nodes.push(value);
    const graph = value['@graph'];
    if (Array.isArray(graph)) nodes.push(...graph.filter(isObject));
  }
  return nodes;
}

/** Whether a node's @type is, or includes, one of the given types (schema.org names). */
export function hasType(node: JsonObject, types: ReadonlySet<string>): boolean {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.some((t) => typeof t === 'string' && types.has(t.replace(/^https?:\/\/schema\.org\//, '')));
}

/** A string, or the first string found in an array or in an object's `url`/`@id`/`name` field. */
export function stringOf(value: unknown, field: 'url' | 'name' = 'url'): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = stringOf(item, field);
      if (found) return found;
    }
    return null;
  }
  if (isObject(value)) return stringOf(value[field] ?? (field === 'url' ? value['@id'] : undefined), field);
  return null;
}

export { isObject, type JsonObject };
