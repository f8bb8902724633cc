/**
 * Relative `href` and `src` in an item's HTML made absolute against the item's base. The
 * HTML leaves the feed's context (stored, shown in the app, sent on), where `/img/a.jpg`
 * would point at our own origin instead of the feed's site.
 */
import { resolveUrl } from './fields';

const URL_ATTRIBUTE = /(\s(?:href|src|poster)\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;
const KEEP = /^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i;

export function absoluteHtml(html: string | null, base: string): string | null {
  if (html === null || !/(?:href|src|poster)\s*=/i.test(html)) return html;
  return html.replace(URL_ATTRIBUTE, (whole, prefix: string, double?: string, single?: string) => {
    const value = double ?? single ?? '';
    if (value === '' || KEEP.test(value.trim())) return whole;
    const quote = double === undefined ? "'" : '"';
    return `${prefix}${quote}${resolveUrl(value, base) ?? value}${quote}`;
  });
}
