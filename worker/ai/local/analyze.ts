/**
 * The local engine's whole analysis of one text. Everything is computed from the text in the
 * Worker, with no network and no model, in a few milliseconds for a long article.
 */

import type { LocalAnalysis } from '../../db/documents';
import { hookFeatures } from './hook';
import { rankKeyphrases } from './keyphrases';
import { detectLanguage } from './language';
import { sentenceReadability } from './readability';
import { hasLexicon, sentenceSentiment } from './sentiment';
import { hashtags, mentions } from './social';
import { pickSentences } from './summarize';
import { contentRuns } from './terms';
import { splitSentences } from './text';

const KEYPHRASES = 10;
const SUMMARY_SENTENCES = 3;
/** Past this a text is read no further: the cost stays bounded (about a book chapter, some 30,000 words). */
export const MAX_CHARS = 200_000;

/** The analysis of a text with nothing in it. */
export function emptyAnalysis(): LocalAnalysis {
  return {
    language: null,
    keyphrases: [],
    summary: [],
    sentiment: null,
    readability: null,
    hashtags: [],
    mentions: [],
    hook: null,
  };
}

/**
 * Analyzes a text. A `title` (of an article or a video) counts as the first sentence for
 * language, key phrases and sentiment, and is the hook, since it is what readers see first;
 * the summary and readability are of the body alone.
 */
export function analyzeLocally(text: string, options: { title?: string } = {}): LocalAnalysis {
  const body = text.slice(0, MAX_CHARS).normalize('NFC').trim();
  const given = options.title?.slice(0, MAX_CHARS).normalize('NFC').trim() ?? '';
  // A post without a body may come with its title as the text too: read it once.
  const title = given === body ? '' : given;
  if (body === '' && title === '') return emptyAnalysis();
  const whole = title === '' ? body : `${title}\n${body}`;
  const language = detectLanguage(whole);
  const code = language?.code ?? null;
  // Sentences and content words once, for all the parts that read them.
  const titleSentences = title === '' ? [] : splitSentences(title);
  const bodySentences = splitSentences(body);
  const sentences = [...titleSentences, ...bodySentences];
  const runs = contentRuns(sentences, code ?? 'en');
  return {
    language,
    keyphrases: rankKeyphrases(runs, KEYPHRASES),
    summary: pickSentences(sentences, runs, SUMMARY_SENTENCES, titleSentences.length),
    sentiment: hasLexicon(code) ? sentenceSentiment(sentences) : null,
    readability: sentenceReadability(bodySentences, code),
    hashtags: hashtags(whole),
    mentions: mentions(whole),
    hook: hookFeatures(title === '' ? body : title, code),
  };
}
