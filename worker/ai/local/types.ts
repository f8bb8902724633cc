/**
 * What the built-in local engine says about a text. It needs no network and no model
 * download: everything here is computed in the Worker from the text itself, and wherever it
 * is shown it is labelled as the local engine's.
 */
export interface LocalAnalysis {
  /** ISO 639-1 code where one exists (else ISO 639-3), with a confidence in [0, 1]; null for too little text. */
  language: { code: string; confidence: number } | null;
  /**
   * Key phrases, best first, with a score in [0, 1]: `phrase` as written in the text, `canonical`
   * lowercased (English plurals singular) for grouping phrases across items.
   */
  keyphrases: { phrase: string; canonical: string; score: number }[];
  /** The most representative sentences, in their original order (extractive summary). */
  summary: string[];
  /** Lexicon sentiment: score in [-1, 1]; label by thresholds. Null when the language has no lexicon. */
  sentiment: { score: number; label: 'positive' | 'negative' | 'neutral' } | null;
  /** Readability of the text; null when the language has no formula or the text is too short. */
  readability: { fleschReadingEase: number; gradeLevel: number; words: number; sentences: number } | null;
  /** Without the #, each once (case-insensitively), as first written: "café". */
  hashtags: string[];
  /** Handles without the leading @: "alice.bsky.social", "bob@mastodon.social". */
  mentions: string[];
  /** Features of the first line, the hook people see before "more". */
  hook: {
    text: string;
    characters: number;
    words: number;
    question: boolean;
    number: boolean;
    emoji: boolean;
    /** Second person ("you", "your"): hooks that address the reader. */
    addressesReader: boolean;
  } | null;
}
