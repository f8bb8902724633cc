/**
 * Readability by Flesch's formula, in each language's published adaptation:
 *   ease = base − a·(words per sentence) − b·(syllables per word)
 * English: Flesch reading ease (1948) and the Flesch–Kincaid grade (1975). Elsewhere the
 * adapted ease (de Amstad 1978, fr Kandel & Moles 1958, es Fernández Huerta 1959 as corrected
 * by Law 2011, it Franchina & Vacca 1986, nl Douma 1960, pt Martins et al. 1996) and a grade
 * read off Flesch's own table of ease to school grade, since Kincaid's grade is fitted to
 * English only. Numbers are not words here: a reader does not spell out "2024".
 */

import { isLanguage, type Language } from './stopwords';
import { syllables } from './syllables';
import { prose, splitSentences, words } from './text';

export interface Readability {
  fleschReadingEase: number;
  gradeLevel: number;
  words: number;
  sentences: number;
}

/** Below this many words a score says more about chance than about the text. */
export const MIN_WORDS = 10;

const EASE: Record<Language, { base: number; perSentence: number; perSyllable: number }> = {
  en: { base: 206.835, perSentence: 1.015, perSyllable: 84.6 },
  de: { base: 180, perSentence: 1, perSyllable: 58.5 },
  fr: { base: 207, perSentence: 1.015, perSyllable: 73.6 },
  es: { base: 206.84, perSentence: 1.02, perSyllable: 60 },
  it: { base: 206, perSentence: 1, perSyllable: 65 },
  nl: { base: 206.835, perSentence: 0.93, perSyllable: 77 },
  pt: { base: 248.835, perSentence: 1.015, perSyllable: 84.6 },
};

/** Flesch's table (ease band to US school grade) as points to interpolate between: band midpoints. */
const GRADE_BY_EASE: [number, number][] = [
  [95, 5],
  [85, 6],
  [75, 7],
  [65, 8.5],
  [55, 11],
  [40, 14.5],
  [15, 17.5],
];

function gradeFromEase(ease: number): number {
  let above: [number, number] | undefined;
  for (const point of GRADE_BY_EASE) {
    const [pointEase, pointGrade] = point;
    if (ease >= pointEase) {
      if (!above) return pointGrade;
      const [aboveEase, aboveGrade] = above;
      return pointGrade + ((ease - pointEase) / (aboveEase - pointEase)) * (aboveGrade - pointGrade);
    }
    above = point;
  }
  return above?.[1] ?? 0;
}

const LETTER = /\p{L}/u;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Reading ease and grade of a text split into sentences; null for an unsupported language or fewer than MIN_WORDS words. */
export function sentenceReadability(sentences: string[], language: string | null): Readability | null {
  if (!isLanguage(language)) return null;
  let wordCount = 0;
  let syllableCount = 0;
  let sentenceCount = 0;
  for (const sentence of sentences) {
    const lexical = words(prose(sentence)).filter((w) => LETTER.test(w));
    if (lexical.length === 0) continue;
    sentenceCount++;
    wordCount += lexical.length;
    for (const word of lexical) syllableCount += syllables(word, language);
  }
  if (wordCount < MIN_WORDS) return null;
  const perSentence = wordCount / sentenceCount;
  const perWord = syllableCount / wordCount;
  const { base, perSentence: a, perSyllable: b } = EASE[language];
  const ease = base - a * perSentence - b * perWord;
  const grade = language === 'en' ? 0.39 * perSentence + 11.8 * perWord - 15.59 : gradeFromEase(ease);
  return {
    fleschReadingEase: round1(ease),
    gradeLevel: round1(Math.max(0, grade)),
    words: wordCount,
    sentences: sentenceCount,
  };
}

/** Reading ease and grade of a text; null for an unsupported language or fewer than MIN_WORDS words. */
export function readability(text: string, language: string | null): Readability | null {
  return sentenceReadability(splitSentences(text), language);
}
