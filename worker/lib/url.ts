/**
 * A URL in one canonical spelling, for telling whether two sources are the same: lower-case
 * scheme and host (the URL parser does that), no default port, no fragment, no trailing
 * slash on a bare origin.
 */
export function canonicalUrl(input: string): string {
  const url = new URL(input);
  url.hash = '';
  return url.pathname === '/' && !url.search ? url.origin : url.href;
}
