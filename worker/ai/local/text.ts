/**
 * Sentences and words for the local engine. Sentences come from `Intl.Segmenter` (ICU rules,
 * which also break at line ends, so headlines and list items stand alone); words come from a
 * Unicode regex, because ICU's word segmenter is about twenty times slower here and the engine
 * runs on every ingested item.
 */

/** A word: letters, marks and digits, with inner apostrophes (don't, l'homme), hyphens (e-mail) and dots (3.5, U.S). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;
/** A URL, less the punctuation that ends the sentence around it ("see example.com/a, then…"). */
export const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’]/giu;
/** An e-mail address; not the user@host of a Mastodon handle, which starts with an @ of its own. */
const EMAIL = /(?<![@\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/**
 * A handle: @alice, @alice.bsky.social, @alice@mastodon.social. Not an e-mail address, which
 * has a word character before the @ (and is blanked first in any case).
 */
export const MENTION =
  /(?<![\p{L}\p{M}\p{N}_@])@([\p{L}\p{N}_][\p{L}\p{M}\p{N}_.-]*(?:@[\p{L}\p{N}][\p{L}\p{N}.-]*)?)/gu;
/** Words that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set('mr mrs ms dr prof sr jr st vs etc inc ltd corp fig approx dept e.g i.e'.split(' '));

/** Whether a sentence so far ends in an abbreviation ("Dr.") or an initial ("J."), which do not end it. */
function endsInAbbreviation(text: string): boolean {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  const word = trimmed.slice(Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n')) + 1, -1);
  return ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && word !== word.toLowerCase());
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Text with URLs and e-mail addresses replaced by `gap`: their parts are not words of the text. */
export function withoutLinks(text: string, gap = ' '): string {
  // The checks first: most sentences have neither, and the patterns cost more than a search.
  const linked = text.includes('://') || /www\./i.test(text) ? text.replace(LINK, gap) : text;
  return linked.includes('@') ? linked.replace(EMAIL, gap) : linked;
}

/** The prose of a text: links, addresses and handles replaced by `gap`, each where it stood. */
export function prose(text: string, gap = ' '): string {
  const plain = withoutLinks(text, gap);
  return plain.includes('@') ? plain.replace(MENTION, gap) : plain;
}

/** Apostrophes as ASCII, so "don’t" and "don't" are one word. */
export function normalizeApostrophes(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}

/** Sentences in order, trimmed, with none left empty; an abbreviation such as "Dr." does not end one. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of sentenceSegmenter.segment(text)) {
    pending += segment;
    if (endsInAbbreviation(pending) && !segment.includes('\n')) continue;
    const sentence = pending.trim();
    if (sentence !== '') sentences.push(sentence);
    pending = '';
  }
  const rest = pending.trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** Words of a text as written (not lowercased), apostrophes normalized. */
export function words(text: string): string[] {
  return normalizeApostrophes(text).match(WORD) ?? [];
}
