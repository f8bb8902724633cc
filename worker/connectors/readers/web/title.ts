/**
 * Readability 0.6 (the latest release) cuts the site name off "Article | Site" titles at
 * | - \ / > », but not at the en and em dashes many sites use; upstream Readability does.
 * This applies the same rule with those dashes, to a title Readability took unchanged from
 * <title> (a title from meta tags or JSON-LD is the page's own choice and is left as it is).
 */

const ANY_SEPARATOR = / [|\-\\/>»–—] /g;
const HIERARCHICAL = / [\\/>»] /;

const wordCount = (text: string) => text.split(/\s+/).length;

export function withoutSiteName(title: string, documentTitle: string | null, hasMetaTitle: boolean): string {
  if (hasMetaTitle || title !== documentTitle || !/ [–—] /.test(title)) return title;
  const separators = [...title.matchAll(ANY_SEPARATOR)];
  const last = separators.at(-1);
  if (last === undefined) return title;
  let cut = title.slice(0, last.index);
  if (wordCount(cut) < 3) cut = title.replace(/^[^|\-\\/>»–—]*[|\-\\/>»–—]/, '');
  cut = cut.trim().replace(/\s{2,}/g, ' ');
  // As Readability: a cut that leaves four words or fewer is trusted only after a hierarchical separator.
  const words = wordCount(cut);
  if (words <= 4 && (!HIERARCHICAL.test(title) || words !== wordCount(title.replace(/[|\-\\/>»–—]+/g, '')) - 1)) {
    return title;
  }
  return cut;
}
