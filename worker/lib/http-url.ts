/**
 * Links this API stores and hands out are absolute http(s) URLs only. A feed or page can put
 * javascript:, data: or vbscript: where a link belongs, and a client that uses it as an href
 * or src runs it (or opens a document of the attacker's making).
 */

/** `value` as an absolute http(s) URL, as the URL parser spells it; null for anything else. */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The absolute http(s) URLs among `values`, each once. */
export function httpUrls(values: readonly unknown[]): string[] {
  return [...new Set(values.map(httpUrl).filter((url): url is string => url !== null))];
}

/** Schemes that run script or carry a document of their own when a browser follows them. */
const ACTIVE_SCHEME = /^(?:javascript|vbscript|data):/i;

/**
 * Whether a browser would follow `value` as a link of an active scheme: the URL parser drops
 * C0 controls and spaces before a URL and tabs and newlines inside it (`java\nscript:`).
 */
export function isActiveLink(value: string): boolean {
  let start = 0;
  while (start < value.length && value.charCodeAt(start) <= 0x20) start++;
  return ACTIVE_SCHEME.test(value.slice(start).replace(/[\t\n\r]/g, ''));
}

function scrub(value: unknown): unknown {
  if (typeof value === 'string') return isActiveLink(value) ? null : value;
  if (Array.isArray(value)) return value.filter((v) => typeof v !== 'string' || !isActiveLink(v)).map(scrub);
  if (typeof value === 'object' && value !== null) return withoutActiveLinks(value as Record<string, unknown>);
  return value;
}

/**
 * Free-form details (Open Graph, JSON-LD, enclosures…) with every active link taken out, at any
 * depth. Only active schemes go: these details also hold text, where "Update: …" is no link.
 */
export function withoutActiveLinks(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, scrub(value)]));
}
