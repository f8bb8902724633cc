/**
 * An allow-list sanitizer for scraped article and feed HTML that the web app renders.
 *
 * The input is parsed (htmlparser2: browser-like tokenizing, entities decoded, end tags implied)
 * and a new document is written from what the parse found: allowed elements with allowed
 * attributes, and text, escaped. Nothing of the input's markup is copied through, so tricks
 * that rely on how the input is spelled (entities, control characters, case, broken quoting,
 * comments, CDATA) have nothing to act on, and the output contains no element whose content a
 * browser parses differently (no script, style, raw-text or foreign elements).
 *
 * Kept: paragraphs, headings, lists, quotes, code, emphasis, links (http, https and mailto,
 * absolute, opened in a new tab without referrer), images (http and https, lazy-loaded),
 * figures and tables. Dropped with their content: scripts, styles, embeds, frames, forms,
 * SVG, MathML and the like. Any other element is dropped but its content kept.
 */
import { type Handler, Parser } from 'htmlparser2';

const KEPT: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start', 'reversed'],
  time: ['datetime'],
  abbr: ['title'],
};
const ELEMENTS = new Set([
  ...'p br hr h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre code kbd samp var'.split(' '),
  ...'em strong b i u s del ins sub sup small mark q cite abbr time a img figure figcaption'.split(' '),
  ...'table caption thead tbody tfoot tr th td'.split(' '),
]);
const GLOBAL_ATTRIBUTES = ['dir', 'lang'];
const DROPPED_WITH_CONTENT = new Set(
  (
    'script style iframe frame frameset object embed applet form input button select option optgroup textarea ' +
    'svg math template noscript noembed noframes xmp plaintext canvas audio video source track map area ' +
    'head title meta link base param dialog portal slot'
  ).split(' '),
);
const VOID = new Set(['br', 'hr', 'img', 'wbr', 'col', 'area', 'base', 'embed', 'input', 'link', 'meta', 'source']);
const NUMERIC = new Set(['width', 'height', 'colspan', 'rowspan', 'start']);
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_PROTOCOLS = new Set(['http:', 'https:']);
const LINK_EXTRAS = ' rel="noopener noreferrer nofollow ugc" target="_blank"';
const IMAGE_EXTRAS = ' loading="lazy" decoding="async" referrerpolicy="no-referrer"';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/** The URL, absolute and in its serialized form, if its scheme is allowed. */
function safeUrl(value: string, base: string, protocols: ReadonlySet<string>): string | null {
  try {
    const url = new URL(value, base);
    return protocols.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function attributeValue(tag: string, name: string, value: string, base: string): string | null {
  if (name === 'href') return safeUrl(value, base, LINK_PROTOCOLS);
  if (name === 'src') return safeUrl(value, base, IMAGE_PROTOCOLS);
  if (NUMERIC.has(name)) return /^\s*\d{1,5}\s*$/.test(value) ? value.trim() : null;
  if (name === 'reversed') return tag === 'ol' ? '' : null;
  if (name === 'scope') return /^(row|col|rowgroup|colgroup)$/i.test(value) ? value.toLowerCase() : null;
  if (name === 'dir') return /^(ltr|rtl|auto)$/i.test(value) ? value.toLowerCase() : null;
  return value;
}

class Sanitizer implements Partial<Handler> {
  readonly out: string[] = [];
  /** For each open element: whether its tags are written. */
  readonly #open: boolean[] = [];
  #droppedDepth = 0;

  constructor(readonly base: string) {}

  onopentag(tag: string, attributes: Record<string, string>): void {
    if (this.#droppedDepth > 0 || DROPPED_WITH_CONTENT.has(tag)) {
      this.#droppedDepth++;
      return;
    }
    const start = ELEMENTS.has(tag) ? this.#startTag(tag, attributes) : null;
    if (start !== null) this.out.push(start);
    this.#open.push(start !== null && !VOID.has(tag));
  }

  #startTag(tag: string, attributes: Record<string, string>): string | null {
    const kept: [string, string][] = [];
    for (const name of [...(KEPT[tag] ?? []), ...GLOBAL_ATTRIBUTES]) {
      const raw = attributes[name];
      const value = raw === undefined ? null : attributeValue(tag, name, raw, this.base);
      if (value !== null) kept.push([name, value]);
    }
    // A link without a usable address is just its text; an image without a source is nothing.
    const has = (name: string) => kept.some(([kept]) => kept === name);
    if ((tag === 'a' && !has('href')) || (tag === 'img' && !has('src'))) return null;
    const written = kept.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`));
    const extras = tag === 'a' ? LINK_EXTRAS : tag === 'img' ? IMAGE_EXTRAS : '';
    return `<${tag}${written.join('')}${extras}>`;
  }

  ontext(text: string): void {
    if (this.#droppedDepth === 0) this.out.push(escapeHtml(text));
  }

  onclosetag(tag: string): void {
    if (this.#droppedDepth > 0) {
      this.#droppedDepth--;
      return;
    }
    if (this.#open.pop()) this.out.push(`</${tag}>`);
  }
}

/** Safe HTML for display; relative links and images resolve against `baseUrl`. */
export function sanitizeHtml(html: string, baseUrl: string): string {
  const sanitizer = new Sanitizer(baseUrl);
  new Parser(sanitizer, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  return sanitizer.out.join('');
}
