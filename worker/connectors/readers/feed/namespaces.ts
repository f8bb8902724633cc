/**
 * Feed vocabularies by namespace URI. Element names are matched by namespace, not by the
 * prefix a feed happens to use, so `<dc:creator>` and `<x:creator xmlns:x="…/dc/elements/1.1/">`
 * read alike. Real feeds also use prefixes they never declare; those fall back to the
 * prefix as written, which for the common vocabularies is the conventional one.
 */

/** The prefix this parser uses for each known namespace, keyed by normalized URI. */
const PREFIXES: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns': 'atom',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns': 'rdf',
  'http://purl.org/dc/elements/1.1': 'dc',
  'http://purl.org/dc/terms': 'dcterms',
  'http://purl.org/rss/1.0/modules/content': 'content',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'https://podcastindex.org/namespace/1.0': 'podcast',
  'http://www.google.com/schemas/play-podcasts/1.0': 'googleplay',
  'http://purl.org/rss/1.0/modules/slash': 'slash',
  'http://wellformedweb.org/commentapi': 'wfw',
  'http://purl.org/syndication/thread/1.0': 'thr',
  'http://rssnamespace.org/feedburner/ext/1.0': 'feedburner',
  'http://www.georss.org/georss': 'georss',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.w3.org/xml/1998/namespace': 'xml',
  // RSS's own namespaces (1.0, 0.90, and two that RSS 2.0 feeds sometimes declare).
  'http://purl.org/rss/1.0': '',
  'http://my.netscape.com/rdf/simple/0.9': '',
  'http://channel.netscape.com/rdf/simple/0.9': '',
  'http://backend.userland.com/rss2': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
};

/** Lower case, no surrounding space, no trailing `/` or `#`: the spellings feeds vary on. */
function normalize(uri: string): string {
  return uri
    .trim()
    .toLowerCase()
    .replace(/[/#]+$/, '');
}

/** Our prefix for a namespace URI: '' for RSS's own, undefined when unknown. */
export function prefixForNamespace(uri: string): string | undefined {
  return PREFIXES[normalize(uri)];
}

export const ATOM_NAMESPACES = new Set(['http://www.w3.org/2005/atom', 'http://purl.org/atom/ns']);

export function isAtomNamespace(uri: string | undefined): boolean {
  return uri !== undefined && ATOM_NAMESPACES.has(normalize(uri));
}
