/**
 * Rule-based sentiment over the lexicon in sentiment-lexicon.ts, after the approach of VADER
 * (Hutto & Gilbert, 2014) with rules and constants of our own:
 *   - a word's valence is strengthened by a booster before it ("very good") and by capitals
 *     ("GOOD"), softened by a dampener ("slightly annoying");
 *   - a negator up to three words before it in the same clause turns it ("not good"); turned
 *     negatives count for less ("not bad" is faint praise);
 *   - in a sentence with "but", what comes after weighs more than what comes before;
 *   - exclamation marks add emphasis, and a question counts for less than a statement;
 *   - emoji and emoticons carry valence of their own.
 * The sum over sentences is squashed into [-1, 1]. A text longer than a post is scored by its
 * sum per three sentences, so an article is as positive as its sentences are on average, not
 * extreme merely by being long.
 */
import { BOOSTER, CONTRAST, DUAL_BOOSTERS, NEGATED_ONLY, NEGATORS } from './sentiment-lexicon';
import { phraseAt, type Token, tokenize, wordValence } from './sentiment-tokens';
import { splitSentences, withoutLinks } from './text';

export interface Sentiment {
  score: number;
  label: 'positive' | 'negative' | 'neutral';
}

/** Scores at or beyond these are positive or negative. */
export const POSITIVE_FROM = 0.1;
export const NEGATIVE_FROM = -0.1;

const NEGATED_POSITIVE = -0.75;
const NEGATED_NEGATIVE = -0.5;
const CAPS_BOOST = 0.6;
const EXCLAMATION = 0.25;
const MAX_EXCLAMATIONS = 3;
const QUESTION = 0.6;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** How far back (in tokens) negators and boosters reach, and how a booster fades with distance. */
const SCOPE = 3;
const BOOSTER_FADE = [1, 0.95, 0.9];
/** Squashing constant: the raw sum at which the score reaches about 0.5 is √(ALPHA/3). */
const ALPHA = 15;
/** Sentences a text may have before its sum is averaged over them. */
const UNDAMPED_SENTENCES = 3;
const UPPERCASE = /\p{Lu}/u;
const LOWERCASE = /\p{Ll}/u;

const FILLERS = new Set(['a', 'an', 'the', 'single']);

/** "like" is a verb of liking only after a subject or an adverb: "I like it", not "looks like rain". */
const LIKERS = new Set(
  "i i'd we we'd you they really also totally definitely still actually would do does did don't didn't doesn't".split(
    ' ',
  ),
);

/**
 * A token's part in the scoring. `word` carries a valence (possibly 0) and, for "work" in
 * "doesn't work", the valence it has when negated; `booster` carries its strength; `filler`
 * (an article) is reached past by negators and boosters; `break` and `contrast` end a clause.
 */
interface Unit {
  role: 'word' | 'negator' | 'booster' | 'filler' | 'enough' | 'contrast' | 'break';
  value: number;
  ifNegated: number;
  caps: boolean;
}

const CLAUSE_END = /[.,;:!?()]/;

/** Sentence tokens as units, with multiword entries joined into one. */
function units(tokens: Token[]): Unit[] {
  const out: Unit[] = [];
  const push = (role: Unit['role'], value = 0, ifNegated = 0, caps = false) => {
    out.push({ role, value, ifNegated, caps });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.kind === 'valence') {
      push('word', token.value);
      continue;
    }
    if (token.kind === 'break') {
      if (CLAUSE_END.test(token.text)) push('break');
      continue;
    }
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      push(phrase.booster ? 'booster' : 'word', phrase.value);
      i += phrase.words.length - 1;
      continue;
    }
    const word = token.text;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    if (FILLERS.has(word)) push('filler');
    else if (word === 'enough') push('enough');
    else if (CONTRAST.has(word)) push('contrast');
    else if (NEGATORS.has(word)) push('negator');
    else if (BOOSTER.has(word)) push('booster', BOOSTER.get(word));
    else if (DUAL_BOOSTERS.has(word) && next?.kind === 'word' && wordValence(next.text) !== undefined) {
      push('booster', DUAL_BOOSTERS.get(word));
    } else if (word === 'like' && !(previous?.kind === 'word' && LIKERS.has(previous.text))) push('word');
    else push('word', wordValence(word) ?? 0, NEGATED_ONLY.get(word) ?? 0, token.caps);
  }
  return out;
}

/** The valence sum of one sentence. */
function sentenceSum(sentence: string, textIsShouting: boolean): number {
  const list = units(tokenize(sentence));
  const contrastAt = list.findIndex((u) => u.role === 'contrast');
  let sum = 0;
  list.forEach((current, index) => {
    if (current.role !== 'word' || (current.value === 0 && current.ifNegated === 0)) return;
    let value = current.value;
    let negated = false;
    for (let back = 1, reach = 0; reach < SCOPE; back++) {
      const before = list[index - back];
      if (!before || before.role === 'break' || before.role === 'contrast') break;
      if (before.role === 'filler') continue;
      if (before.role === 'negator') negated = true;
      if (before.role === 'booster') value += Math.sign(value) * before.value * (BOOSTER_FADE[reach] ?? 0);
      reach++;
    }
    // "can't recommend it enough" is praise: "enough" later in the clause undoes the negation.
    if (negated && enoughFollows(list, index)) negated = false;
    if (negated && current.ifNegated !== 0) value = current.ifNegated;
    else if (negated) value *= value > 0 ? NEGATED_POSITIVE : NEGATED_NEGATIVE;
    if (value === 0) return;
    if (current.caps && !textIsShouting) value += Math.sign(value) * CAPS_BOOST;
    sum += value * weightAt(index, contrastAt);
  });
  if (sum === 0) return 0;
  const exclamations = Math.min(MAX_EXCLAMATIONS, sentence.split('!').length - 1);
  sum += Math.sign(sum) * exclamations * EXCLAMATION;
  if (/\?\s*$/.test(sentence)) sum *= QUESTION;
  return sum;
}

function enoughFollows(list: Unit[], index: number): boolean {
  for (let next = index + 1; next < list.length; next++) {
    const role = list[next]?.role;
    if (role === 'break' || role === 'contrast') return false;
    if (role === 'enough') return true;
  }
  return false;
}

function weightAt(index: number, contrastAt: number): number {
  if (contrastAt < 0) return 1;
  return index < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
}

function labelOf(score: number): Sentiment['label'] {
  if (score >= POSITIVE_FROM) return 'positive';
  if (score <= NEGATIVE_FROM) return 'negative';
  return 'neutral';
}

/** Sentiment of a text split into sentences (the lexicon is English). */
export function sentenceSentiment(sentences: string[]): Sentiment {
  const clean = sentences.map((sentence) => withoutLinks(sentence));
  const whole = clean.join(' ');
  const textIsShouting = UPPERCASE.test(whole) && !LOWERCASE.test(whole);
  let total = 0;
  for (const sentence of clean) total += sentenceSum(sentence, textIsShouting);
  const damped = total / Math.max(1, sentences.length / UNDAMPED_SENTENCES);
  const score = Math.round((damped / Math.sqrt(damped * damped + ALPHA)) * 1000) / 1000;
  return { score, label: labelOf(score) };
}

/**
 * Sentiment of a text in [-1, 1] with its label. The lexicon is English: another detected
 * language gives null. Undetected (null, e.g. a short post) is read as English, since emoji
 * and short English posts are common and score sensibly either way.
 */
export function sentiment(text: string, language: string | null): Sentiment | null {
  return hasLexicon(language) ? sentenceSentiment(splitSentences(text)) : null;
}

/** Whether text in this language (null: undetected) can be scored. */
export function hasLexicon(language: string | null): boolean {
  return language === null || language === 'en';
}
