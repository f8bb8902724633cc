/**
 * Language identification by function words, the most frequent and most telling words of a
 * language: each word votes for the languages whose stopword list holds it, a word shared by
 * k languages giving 1/k to each. Letters and spellings that only some of the languages use
 * (ñ, ß, "ção", "ij") add smaller votes, so that short texts poor in function words still lean
 * the right way. The features below were chosen for this project by hand.
 */
import { isLanguage, LANGUAGES, type Language, STOPWORDS } from './stopwords';
import { prose, words } from './text';

export interface DetectedLanguage {
  code: Language;
  confidence: number;
}

/** Below this many words a guess is not worth making. */
const MIN_WORDS = 3;
/** Votes the winner needs in all. */
const MIN_EVIDENCE = 1.5;
/** In a longer text, the share of words that must be the winner's function words (unknown languages fall below). */
const MIN_SHARE = 0.2;
const LONG_TEXT = 15;
/** Characters read from a long text. */
const SAMPLE_CHARS = 4000;
const LETTER = /\p{L}/u;

/**
 * Spelling features: [pattern, language, votes per occurrence], counted over the whole
 * lowercased text. `(?!\p{L})` ends a word.
 */
const SPELLING: [RegExp, Language, number][] = [
  [/ñ/g, 'es', 1],
  [/ción(?!\p{L})|ciones(?!\p{L})/gu, 'es', 0.7],
  [/[ãõ]/g, 'pt', 1],
  [/ção|ções/g, 'pt', 1],
  [/lh|nh/g, 'pt', 0.2],
  [/œ/g, 'fr', 1],
  [/[êèëîïûâ]/g, 'fr', 0.4],
  [/eau|eux(?!\p{L})|aient(?!\p{L})/gu, 'fr', 0.5],
  [/ß/g, 'de', 1],
  [/[äöü]/g, 'de', 0.6],
  [/sch|ung(?!\p{L})|tz|cht/gu, 'de', 0.3],
  [/[òìù](?!\p{L})/gu, 'it', 0.6],
  [/zion[ei](?!\p{L})|gli|cch|zz/gu, 'it', 0.5],
  [/ij|aa|uu|oe/g, 'nl', 0.4],
  [/th|wh|ing(?!\p{L})|ould(?!\p{L})|ght/gu, 'en', 0.3],
];

/** Each stopword's votes: every language whose list holds it, with an equal share of one vote. */
const VOTES = new Map<string, [Language, number][]>();
for (const code of LANGUAGES) {
  for (const word of STOPWORDS[code]) VOTES.set(word, [...(VOTES.get(word) ?? []), [code, 0]]);
}
for (const votes of VOTES.values()) for (const vote of votes) vote[1] = 1 / votes.length;

/** The function-word votes of one lowercased word, reading an elided article apart: l'homme, dell'anno. */
function wordVotes(word: string): [Language, number][] {
  const whole = VOTES.get(word);
  if (whole) return whole;
  const apostrophe = word.indexOf("'");
  if (apostrophe <= 0) return [];
  return [...(VOTES.get(word.slice(0, apostrophe + 1)) ?? []), ...(VOTES.get(word.slice(apostrophe + 1)) ?? [])];
}

/** The language of a text (en, es, fr, de, pt, it, nl) with a confidence in [0, 1]; null for too little text or no supported language. */
export function detectLanguage(text: string): DetectedLanguage | null {
  // The start of a long text says as much as the whole of it.
  const sample = prose(text.slice(0, SAMPLE_CHARS)).toLowerCase();
  const tokens = words(sample).filter((w) => LETTER.test(w));
  if (tokens.length < MIN_WORDS) return null;
  const votes = new Map<Language, number>();
  const functionWords = new Map<Language, number>();
  const add = (counts: Map<Language, number>, code: Language, n: number) =>
    counts.set(code, (counts.get(code) ?? 0) + n);
  for (const word of tokens) {
    for (const [code, share] of wordVotes(word)) {
      add(votes, code, share);
      add(functionWords, code, 1);
    }
  }
  for (const [pattern, code, weight] of SPELLING) {
    const found = sample.match(pattern)?.length ?? 0;
    if (found > 0) add(votes, code, found * weight);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best === undefined || best[1] < MIN_EVIDENCE) return null;
  const [code, score] = best;
  const share = (functionWords.get(code) ?? 0) / tokens.length;
  if (tokens.length >= LONG_TEXT && share < MIN_SHARE) return null;
  // Confidence: how far the winner leads the runner-up, scaled down while evidence is thin.
  const lead = 1 - (second?.[1] ?? 0) / score;
  const evidence = Math.min(1, score / 6);
  const confidence = (0.5 + 0.5 * lead) * evidence;
  return { code, confidence: Math.round(confidence * 100) / 100 };
}

/** The language whose word lists to use: the one given if supported, else detected, else English. */
export function resolveLanguage(text: string, language: string | null | undefined): Language {
  const code = language === undefined ? detectLanguage(text)?.code : language;
  return isLanguage(code) ? code : 'en';
}
