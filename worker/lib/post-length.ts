/**
 * How long a post is, the way the platform counts it. Bluesky counts graphemes (what a person
 * sees as one character). Mastodon counts characters (code points), every link as a fixed
 * `urlLength` (23) whatever its length, and a mention of a remote account by its local part
 * only (`@jane@example.social` counts as `@jane`) — as Mastodon's own StatusLengthValidator does.
 */
export interface LengthRule {
  countsBy: 'graphemes' | 'characters';
  urlLength?: number | undefined;
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/giu;
const REMOTE_MENTION = /(^|[^\p{L}\p{N}_/])@([\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/giu;

let segmenter: Intl.Segmenter | undefined;

export function graphemeLength(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

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
