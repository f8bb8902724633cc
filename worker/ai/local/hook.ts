/**
 * The hook: what a reader sees before "more". On social platforms that is the first line of a
 * post; a long first line (an article with no line breaks) is cut to its first sentence.
 */

import type { LocalAnalysis } from '../../db/documents';
import { splitSentences, words } from './text';

export type HookFeatures = NonNullable<LocalAnalysis['hook']>;

/** Past this a first line is a paragraph, and only its first sentence is the hook. */
const MAX_LINE = 150;
/** A pictograph, not counting ©, ® and ™, which Unicode files under the same property. */
const EMOJI = /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}/u;
const NUMBER = /\p{Nd}/u;

/** Words that address the reader, by language; English applies to every text (it is everywhere on social media). */
const SECOND_PERSON: Record<string, string> = {
  en: "you your yours yourself yourselves you're you've you'll you'd y'all u ur",
  es: 'tú usted ustedes tu tus te contigo vosotros vuestro vuestra',
  fr: 'vous votre vos tu toi ton ta tes',
  de: 'du dich dir dein deine deinen deinem euch euer eure',
  pt: 'você vocês tu teu tua teus tuas contigo',
  it: 'tu te ti tuo tua tuoi tue voi vostro vostra',
  nl: 'jij jou jouw jullie uw',
};
const PRONOUNS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(SECOND_PERSON).map(([code, list]) => [code, new Set(list.split(' '))]),
);

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The hook's text: the first non-empty line, or its first sentence when the line is long. */
export function hookText(text: string): string | null {
  const line = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (line === undefined) return null;
  if (line.length <= MAX_LINE) return line;
  // The first sentence is near the start: no need to split a whole article to find it.
  return splitSentences(line.slice(0, 20 * MAX_LINE))[0] ?? line;
}

/** Features of a text's hook; null for a text with nothing in it. `language` adds its pronouns to English's. */
export function hookFeatures(text: string, language?: string | null): HookFeatures | null {
  const hook = hookText(text);
  if (hook === null) return null;
  const tokens = words(hook).map((w) => w.toLowerCase());
  const pronouns = [PRONOUNS.en, language ? PRONOUNS[language] : undefined];
  return {
    text: hook,
    // Graphemes, so an emoji or an accented letter is one character, as a reader counts.
    characters: [...graphemes.segment(hook)].length,
    words: tokens.length,
    question: hook.includes('?') || hook.includes('¿'),
    number: NUMBER.test(hook),
    emoji: EMOJI.test(hook),
    addressesReader: tokens.some((w) => pronouns.some((set) => set?.has(w))),
  };
}
