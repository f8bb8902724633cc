/**
 * Tokens for sentiment scoring: words (lowercased, with a flag for capitals), emoji and
 * emoticons (already as valences), and clause punctuation; plus the look-ups of a word's
 * valence and of the multiword entries that start at a token.
 */
import { memoize } from './memoize';
import { EMOJI_VALENCE, EMOTICON_VALENCE, LEXICON, PHRASES_BY_FIRST_WORD, type PhraseEntry } from './sentiment-lexicon';
import { normalizeApostrophes } from './text';

export type Token =
  | { kind: 'word'; text: string; caps: boolean }
  | { kind: 'valence'; value: number }
  | { kind: 'break'; text: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EMOTICON_SOURCE = [...EMOTICON_VALENCE.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/**
 * One pass over a sentence: an emoticon between spaces (its mouth may repeat, ":)))"), an
 * emoji with its modifiers and joined parts, a word, or a run of punctuation.
 */
const PIECE = new RegExp(
  `(?<!\\S)(${EMOTICON_SOURCE})[()]*(?=$|[\\s.,!?])` +
    '|(\\p{Extended_Pictographic}(?:[\\u{FE0F}\\u{1F3FB}-\\u{1F3FF}]|\\u{200D}\\p{Extended_Pictographic})*)' +
    "|([\\p{L}\\p{M}\\p{N}]+(?:['\\-][\\p{L}\\p{M}\\p{N}]+)*)" +
    '|([.,;:!?()"]+)',
  'gu',
);
const EMOJI_MODIFIERS = /[\u{FE0F}\u{FE0E}\u{1F3FB}-\u{1F3FF}]/gu;
const UPPER = /\p{Lu}/u;

/** Tokens of one sentence. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const [, emoticon, emoji, word, punctuation] of normalizeApostrophes(sentence).matchAll(PIECE)) {
    if (emoticon) tokens.push({ kind: 'valence', value: EMOTICON_VALENCE.get(emoticon) ?? 0 });
    else if (emoji) {
      // A ZWJ sequence (🤦‍♀️) scores as its first emoji.
      const base = emoji.replace(EMOJI_MODIFIERS, '').split('\u200D')[0] ?? '';
      const value = EMOJI_VALENCE.get(base);
      if (value !== undefined) tokens.push({ kind: 'valence', value });
    } else if (word) {
      const caps = word.length > 1 && UPPER.test(word) && word === word.toUpperCase();
      tokens.push({ kind: 'word', text: word.toLowerCase(), caps });
    } else if (punctuation) tokens.push({ kind: 'break', text: punctuation });
  }
  return tokens;
}

/** Regular inflections to try when a word is not in the lexicon as written. */
function stems(word: string): string[] {
  const found: string[] = [];
  const cut = (n: number, add = '') => found.push(word.slice(0, -n) + add);
  if (word.endsWith('ies') || word.endsWith('ied')) cut(3, 'y');
  if (word.endsWith('s')) cut(1);
  if (word.endsWith('es') || word.endsWith('ed') || word.endsWith('ly')) cut(2);
  if (word.endsWith('ed')) cut(1);
  if (word.endsWith('ing')) found.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  // Comparatives and superlatives: nicer, safer, easier, smoothest, nicest, tastiest.
  if (word.endsWith('ier')) cut(3, 'y');
  if (word.endsWith('iest')) cut(4, 'y');
  if (word.endsWith('er')) found.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('est')) found.push(word.slice(0, -3), word.slice(0, -2));
  return found.filter((stem) => stem.length >= 3);
}

/** A word's valence from the lexicon, trying "sooo goood" as "soo"/"so" and "good", then inflections. */
export const wordValence = memoize((word: string): number | undefined => {
  const forms = [word];
  if (/(\p{L})\1\1/u.test(word)) forms.push(word.replace(/(\p{L})\1+/gu, '$1$1'), word.replace(/(\p{L})\1+/gu, '$1'));
  for (const form of [...forms, ...stems(word)]) {
    const value = LEXICON.get(form);
    if (value !== undefined) return value;
  }
  return undefined;
});

/** The longest multiword entry that starts at token i, if any. */
export function phraseAt(tokens: Token[], i: number): PhraseEntry | null {
  const first = tokens[i];
  const entries = first?.kind === 'word' ? PHRASES_BY_FIRST_WORD.get(first.text) : undefined;
  if (!entries) return null;
  for (const entry of entries) {
    const matches = entry.words.every((word, k) => {
      const token = tokens[i + k];
      return token?.kind === 'word' && token.text === word;
    });
    if (matches) return entry;
  }
  return null;
}
