/**
 * Syllable counts by spelling, for readability formulas. English: vowel groups, less silent
 * endings (make, jumped, makes), plus the vowel pairs that are two syllables (ratio, video,
 * being). Other languages: vowel groups, with the pairs of strong vowels that Romance
 * languages pronounce apart (po-e-ta, le-er) and French's silent final e. Heuristics written
 * for this project; a dictionary would be exact but is far too large to ship in a Worker.
 */
import { memoize } from './memoize';
import type { Language } from './stopwords';

/** English words the rules miss that are common enough to matter. */
const ENGLISH_EXCEPTIONS = new Map<string, number>([
  ['people', 2],
  ['area', 3],
  ['idea', 3],
  ['ideas', 3],
  ['every', 2],
  ['business', 2],
  ['create', 2],
  ['created', 3],
  ['creates', 2],
  ['creating', 3],
  ['creative', 3],
  ['real', 1],
  ['really', 2],
  ['science', 2],
  ['quiet', 2],
  ['poem', 2],
  ['someone', 2],
  ['something', 2],
  ['sometimes', 2],
  ['everyone', 3],
  ['everything', 3],
]);

const VOWEL_GROUP_EN = /[aeiouy]+/g;
/** Vowel pairs read as two syllables: radio, ratio, actual, video, being (not -tion, -cious, quality, language). */
const HIATUS_EN = /(?<![tscgq])i[aou]|ios?$|(?<![gq])u[ao]|eo|[aeiouy]ing$/g;

export function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const exception = ENGLISH_EXCEPTIONS.get(w);
  if (exception !== undefined) return exception;
  let count = (w.match(VOWEL_GROUP_EN)?.length ?? 0) + (w.match(HIATUS_EN)?.length ?? 0);
  // A lone final e (make), e of -es (makes) and e of -ed (jumped) is silent, except in
  // syllabic -le (table, tables), after a sibilant (places, boxes) and in -ted/-ded (wanted).
  const silent =
    (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) ||
    (/[^aeiouy]es$/.test(w) && !/(?:[sxzcg]|ch|sh|[^aeiouy]l)es$/.test(w)) ||
    (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w));
  if (silent) count--;
  return Math.max(1, count);
}

const VOWEL_GROUP = /[aeiouyàáâãäåèéêëìíîïòóôõöùúûüœæ]+/g;
/** Two strong vowels, or a stressed weak one beside any vowel, are two syllables in es, pt, it. */
const ROMANCE_HIATUS = /[aeoáéó][aeoáéó]|[íú][aeiouáéó]|[aeiouáéó][íú]/g;

const cachedEnglish = memoize(englishSyllables);

export function syllables(word: string, language: Language): number {
  if (language === 'en') return cachedEnglish(word);
  const w = word.toLowerCase();
  let count = w.match(VOWEL_GROUP)?.length ?? 0;
  if (language === 'es' || language === 'pt' || language === 'it') count += w.match(ROMANCE_HIATUS)?.length ?? 0;
  if (language === 'fr' && /[^aeiouy]es?$/.test(w) && w.length > 3) count--;
  return Math.max(1, count);
}
