/**
 * How long a post is, the way its platform counts it: the rules of worker/lib/post-length.ts
 * (which the server checks posts with), repeated here because the web app may import from the
 * worker only worker/contracts.ts. Bluesky counts graphemes (what a person sees as one
 * character); Mastodon counts code points, every link as `urlLength` (23) whatever its length,
 * and a remote mention by its local part only (`@jane@example.social` counts as `@jane`).
 * post-length.test.ts holds the server's cases: change both files together.
 */
export interface LengthRule {
  countsBy: 'graphemes' | 'characters';
  urlLength?: number | undefined;
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/giu;
const REMOTE_MENTION = /(^|[^\p{L}\p{N}_/])@([\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/giu;

let segmenter: Intl.Segmenter | undefined;

/** Graphemes: a family emoji or an e with its accent is one. */
export function graphemeLength(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/** The length the platform will count for `text`. */
export function postLength(text: string, rule: LengthRule): number {
  if (rule.countsBy === 'graphemes') return graphemeLength(text);
  const urlLength = rule.urlLength ?? 23;
  let links = 0;
  const withoutLinks = text.replace(URL_PATTERN, () => {
    links++;
    return '';
  });
  const local = withoutLinks.replace(REMOTE_MENTION, (_match, before: string, user: string) => `${before}@${user}`);
  return [...local].length + links * urlLength;
}
