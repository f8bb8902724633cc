/**
 * Content words, the material of key phrases and summaries: the words of each sentence that
 * are not stopwords or numbers, grouped into runs that stopwords and punctuation break
 * ("the price of solar panels, again" gives the runs "price" and "solar panels").
 */
import { type Language, STOPWORDS } from './stopwords';
import { normalizeApostrophes, prose } from './text';

export interface Term {
  /** Lowercased, and in English singular: "Panels" and "panel" are one term. */
  key: string;
  /** As written. */
  surface: string;
  /** Whether it starts its sentence, where a capital says nothing about the word. */
  initial: boolean;
}

export interface Run {
  sentence: number;
  terms: Term[];
}

/** Words (as in text.ts) and, between them, any other non-space character, which breaks a run. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const ELIDED = /^(\p{L}{1,5}')(\p{L}.*)$/u;
const LETTER = /\p{L}/u;

/** English plural to singular for the common regular forms; other languages are only lowercased. */
export function termKey(word: string, language: Language): string {
  const lower = word.toLowerCase();
  if (language !== 'en' || lower.length <= 3 || !lower.endsWith('s')) return lower;
  if (/(?:ss|us|is|ous|ics|news)$/.test(lower)) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses)$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/** The content-word runs of each sentence, in order. */
export function contentRuns(sentences: string[], language: Language): Run[] {
  const stop = STOPWORDS[language];
  const runs: Run[] = [];
  sentences.forEach((sentence, index) => {
    let current: Term[] = [];
    let first = true;
    const flush = () => {
      if (current.length > 0) runs.push({ sentence: index, terms: current });
      current = [];
    };
    // A link or handle breaks a run like punctuation does.
    for (const token of normalizeApostrophes(prose(sentence, ' | ')).match(TOKEN) ?? []) {
      let word = token;
      let lower = token.toLowerCase();
      const elided = lower.includes("'") ? ELIDED.exec(lower) : null;
      if (elided?.[1] && elided[2] && stop.has(elided[1])) {
        // "l'intelligence": the article breaks the run, the noun starts the next.
        flush();
        word = token.slice(elided[1].length);
        lower = elided[2];
      }
      if (word.length > 1 && !stop.has(lower) && LETTER.test(word)) {
        current.push({ key: termKey(lower, language), surface: word, initial: first });
      } else flush();
      first = false;
    }
    flush();
  });
  return runs;
}

/** Earlier sentences weigh more: the lead (and a title put first) says what a text is about. */
export function positionWeight(sentence: number): number {
  return 1 + 1 / (1 + sentence / 2);
}

/** Each term's weight: its occurrences, each weighted by the position of its sentence. */
export function termWeights(runs: Run[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const run of runs) {
    const weight = positionWeight(run.sentence);
    for (const { key } of run.terms) weights.set(key, (weights.get(key) ?? 0) + weight);
  }
  return weights;
}
