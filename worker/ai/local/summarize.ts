/**
 * Extractive summary in the manner of SumBasic (Nenkova & Vanderwende, 2005): a sentence is
 * worth how many other sentences share its content words (its centrality; a word said once
 * counts for nothing), a little more near the start. Once one is picked its words count for
 * half and near-repeats of it are passed over, so the next pick covers something else.
 * Picks come back in text order.
 */
import { resolveLanguage } from './language';
import { contentRuns, positionWeight, type Run } from './terms';
import { splitSentences } from './text';

/** Sentences shorter than this (in content words) are headings or asides, not summary material. */
const MIN_TERMS = 3;
/** What a word still counts for once a picked sentence has said it. */
const REPEAT = 0.5;
/** A sentence sharing more than this share of its words with a picked one says the same again. */
const NEAR_DUPLICATE = 0.6;

/** The share of a's terms that b also has. */
function overlap(a: Set<string>, b: Set<string> | undefined): number {
  let shared = 0;
  for (const key of a) if (b?.has(key)) shared++;
  return shared / a.size;
}

/**
 * The `count` best sentences from `first` on (those before are a title: they weigh in the word
 * weights but are not picked), in their original order.
 */
export function pickSentences(sentences: string[], runs: Run[], count: number, first = 0): string[] {
  if (sentences.length - first <= count) return sentences.slice(first);
  const termsOf = sentences.map(() => new Set<string>());
  for (const run of runs) for (const { key } of run.terms) termsOf[run.sentence]?.add(key);
  // A word's weight: the other sentences it appears in.
  const weights = new Map<string, number>();
  for (const terms of termsOf) for (const key of terms) weights.set(key, (weights.get(key) ?? -1) + 1);
  const picked = new Set<number>();
  const covered = new Set<string>();
  while (picked.size < count) {
    let best = -1;
    let bestScore = 0;
    for (let index = first; index < sentences.length; index++) {
      const terms = termsOf[index];
      if (!terms || picked.has(index) || terms.size < MIN_TERMS) continue;
      if ([...picked].some((other) => overlap(terms, termsOf[other]) > NEAR_DUPLICATE)) continue;
      let sum = 0;
      for (const key of terms) sum += (weights.get(key) ?? 0) * (covered.has(key) ? REPEAT : 1);
      // Square root of length: long sentences cover more, but not in proportion.
      const score = (sum / Math.sqrt(terms.size)) * Math.sqrt(positionWeight(index - first));
      if (score > bestScore) [best, bestScore] = [index, score];
    }
    if (best < 0 || bestScore === 0) break;
    picked.add(best);
    for (const key of termsOf[best] ?? []) covered.add(key);
  }
  // Too few sentences long enough: the text is a list or a post, so it is its own summary.
  if (picked.size === 0) return sentences.slice(first, first + count);
  return [...picked].sort((a, b) => a - b).map((index) => sentences[index] ?? '');
}

/** The `count` most representative sentences of a text, in their original order. */
export function summarize(text: string, count = 3, language?: string | null): string[] {
  const sentences = splitSentences(text);
  return pickSentences(sentences, contentRuns(sentences, resolveLanguage(text, language)), count);
}
