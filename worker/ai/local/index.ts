/**
 * The built-in local AI engine: language, key phrases, summary, sentiment, readability,
 * hashtags, mentions and hook features, computed in the Worker with no network or model.
 */

export type { LocalAnalysis } from '../../db/documents';
export { analyzeLocally, emptyAnalysis } from './analyze';
export { type HookFeatures, hookFeatures } from './hook';
export { extractKeyphrases, type Keyphrase } from './keyphrases';
export { type DetectedLanguage, detectLanguage } from './language';
export { type Readability, readability } from './readability';
export { type Sentiment, sentiment } from './sentiment';
export { hashtags, links, mentions } from './social';
export { LANGUAGES, type Language } from './stopwords';
export { summarize } from './summarize';
export { splitSentences, words } from './text';
