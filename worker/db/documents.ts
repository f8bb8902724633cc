/**
 * The shapes of JSON documents stored in columns (analysis of content). The database owns
 * them: what is written today must still read tomorrow, so the code that produces them
 * (the local engine, the AI prompts' schemas) is checked against these types, not the
 * other way round.
 */

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

export const CONTENT_FORMATS = [
  'how-to',
  'listicle',
  'story',
  'opinion',
  'news',
  'review',
  'tutorial',
  'case-study',
  'announcement',
  'question',
  'meme',
  'interview',
  'other',
] as const;

/** A provider's reading of an item (the `content.insight` prompt's answer). */
export interface ContentInsight {
  hook: string;
  topics: string[];
  format: (typeof CONTENT_FORMATS)[number];
  tone: string;
  callToAction: string | null;
  whyItWorked: string;
  remixIdeas: string[];
}

/** A provider's reading of an item's image or video (the `content.visual` prompt's answer). */
export interface VisualInsight {
  scenes: string[];
  onScreenText: string[];
  pacing: string;
  thumbnailAppeal: { score: number; why: string };
}
