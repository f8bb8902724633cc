/**
 * Key phrases in the manner of RAKE (Rose et al., 2010): candidates are runs of content words
 * between stopwords and punctuation, up to three words long. Each is scored by the mean
 * position-weighted frequency of its words, raised for longer phrases whose words keep
 * together, so a topic named again and again ("solar panels") ranks above a one-off.
 */
import { resolveLanguage } from './language';
import { contentRuns, type Run, termWeights } from './terms';
import { splitSentences } from './text';

export interface Keyphrase {
  /** As most often written in the text ("Solar Panels" in a title still reads "solar panels" if the body says so). */
  phrase: string;
  /** Lowercased, English plurals singular: the form to group phrases by across items. */
  canonical: string;
  /** In [0, 1]; the best phrase scores 1. */
  score: number;
}

const MAX_WORDS = 3;
/** Per word past the first. */
const LENGTH_BONUS = 0.5;

interface Candidate {
  keys: string[];
  count: number;
  /** Written forms: how often inside a sentence, and how often at its start. */
  surfaces: Map<string, { inside: number; initial: number }>;
}

/**
 * Candidate phrases: every stretch of one to three words inside a run, so that a phrase that
 * recurs inside longer runs ("artificial intelligence" in "artificial intelligence tools")
 * is counted each time.
 */
function candidates(runs: Run[]): Map<string, Candidate> {
  const found = new Map<string, Candidate>();
  for (const { terms } of runs) {
    for (let start = 0; start < terms.length; start++) {
      let canonical = '';
      let surface = '';
      const end = Math.min(terms.length, start + MAX_WORDS);
      for (let stop = start; stop < end; stop++) {
        const term = terms[stop];
        if (!term) break;
        canonical = stop === start ? term.key : `${canonical} ${term.key}`;
        surface = stop === start ? term.surface : `${surface} ${term.surface}`;
        let candidate = found.get(canonical);
        if (!candidate) {
          const keys = terms.slice(start, stop + 1).map((t) => t.key);
          candidate = { keys, count: 0, surfaces: new Map() };
          found.set(canonical, candidate);
        }
        candidate.count++;
        const seen = candidate.surfaces.get(surface) ?? { inside: 0, initial: 0 };
        if (terms[start]?.initial) seen.initial++;
        else seen.inside++;
        candidate.surfaces.set(surface, seen);
      }
    }
  }
  return found;
}

/**
 * The form written most often inside sentences, where a capital means something; forms seen
 * only at the start of a sentence count when there is nothing else. The first among equals.
 */
function displayForm(surfaces: Candidate['surfaces']): string {
  let best = '';
  let most = { inside: -1, initial: -1 };
  for (const [surface, seen] of surfaces) {
    if (seen.inside > most.inside || (seen.inside === most.inside && seen.initial > most.initial)) {
      [best, most] = [surface, seen];
    }
  }
  return best;
}

/** Ranks the key phrases of content-word runs; at most `limit`, none inside another. */
export function rankKeyphrases(runs: Run[], limit: number): Keyphrase[] {
  const weights = termWeights(runs);
  const found = candidates(runs);
  const pool = [...found].map(([canonical, { keys, count, surfaces }]) => {
    const mean = keys.reduce((sum, key) => sum + (weights.get(key) ?? 0), 0) / keys.length;
    // A single word's frequency is already its weight. A phrase's own recurrence is evidence
    // that it names something ("solar panels"); its cohesion, how often its words come only
    // together, tells a name from a chance neighbour ("kleinen Röstereien" where "Röstereien"
    // also stands alone).
    let factor = 1;
    if (keys.length > 1) {
      const apart = Math.max(...keys.map((key) => found.get(key)?.count ?? count));
      factor = (1 + LENGTH_BONUS * (keys.length - 1)) * (1 + Math.log(count)) * (count / apart);
    }
    return { canonical, padded: ` ${canonical} `, keys, phrase: displayForm(surfaces), score: mean * factor };
  });
  pool.sort((a, b) => b.score - a.score || (a.canonical < b.canonical ? -1 : 1));
  const chosen: typeof pool = [];
  const covered = new Set<string>();
  const result: Keyphrase[] = [];
  let top = 0;
  // Greedy: a phrase sharing words with one already chosen ("install solar" after "solar
  // panels") owes its score to those words, so it counts only by the share it adds.
  while (result.length < limit) {
    let best: (typeof pool)[number] | undefined;
    let bestScore = 0;
    for (const candidate of pool) {
      // The pool is sorted and a discount only lowers a score: nothing further can win.
      if (candidate.score <= bestScore) break;
      if (chosen.some((other) => other.padded.includes(candidate.padded) || candidate.padded.includes(other.padded))) {
        continue;
      }
      const fresh = candidate.keys.filter((key) => !covered.has(key)).length / candidate.keys.length;
      const score = candidate.score * fresh * fresh;
      if (score > bestScore) [best, bestScore] = [candidate, score];
    }
    if (!best) break;
    chosen.push(best);
    for (const key of best.keys) covered.add(key);
    top ||= bestScore;
    result.push({ phrase: best.phrase, canonical: best.canonical, score: Math.round((bestScore / top) * 1000) / 1000 });
  }
  return result;
}

/**
 * Key phrases of a text, best first: one to three words, deduplicated by canonical form.
 * `language` picks the stopword list; by default it is detected (English when unsure).
 */
export function extractKeyphrases(text: string, limit = 10, language?: string | null): Keyphrase[] {
  const lang = resolveLanguage(text, language);
  return rankKeyphrases(contentRuns(splitSentences(text), lang), limit);
}
