import { z } from 'zod';
import {
  CONTENT_FORMATS,
  type ContentInsight as StoredContentInsight,
  type VisualInsight as StoredVisualInsight,
} from '../../db/documents';
import { material, type Prompt } from './types';

export const ContentInsight = z.object({
  hook: z.string().describe('What makes someone stop and read or watch, in one sentence'),
  topics: z.array(z.string()).min(1).max(6).describe('What it is about, as short lowercase topics'),
  format: z.enum(CONTENT_FORMATS),
  tone: z.string().describe('Two or three words, e.g. "playful, confident"'),
  callToAction: z.string().nullable().describe('What it asks the audience to do, or null'),
  whyItWorked: z.string().describe('Why it performed as it did, tied to its numbers'),
  remixIdeas: z.array(z.string()).min(1).max(5).describe('Angles for a piece of our own that builds on it'),
}) satisfies z.ZodType<StoredContentInsight>;
export type ContentInsight = z.infer<typeof ContentInsight>;

export interface ContentInput {
  platform: string;
  title: string | null;
  text: string;
  author: string | null;
  /** The numbers analysis measured, so the model can explain performance. */
  metrics: Record<string, number | null>;
}

/** The longest text we send for analysis: long articles are judged by their start. */
export const MAX_ANALYSIS_CHARS = 12_000;

export const analyzeContentPrompt: Prompt<ContentInput, ContentInsight> = {
  id: 'content.insight',
  version: 1,
  schema: ContentInsight,
  system:
    'You are a content strategist who studies competitors. You explain, concretely and briefly, what a piece of content does and why it performs. Answer in English with JSON only.',
  render: (input) =>
    [
      `Analyse this ${input.platform} item${input.author ? ` by ${input.author}` : ''}.`,
      `Its numbers: ${JSON.stringify(input.metrics)} (engagementRate is interactions per view; outlierScore is how many times the author's usual it does).`,
      input.title ? material('title', input.title) : '',
      material('content', input.text.slice(0, MAX_ANALYSIS_CHARS)),
      'Return {hook, topics, format, tone, callToAction, whyItWorked, remixIdeas}.',
    ]
      .filter(Boolean)
      .join('\n\n'),
  maxOutputTokens: 1200,
  temperature: 0.2,
  cacheTtlMs: 30 * 24 * 3_600_000,
};

export const VisualInsight = z.object({
  scenes: z.array(z.string()).max(12).describe('What is shown, in order'),
  onScreenText: z.array(z.string()).max(12),
  pacing: z.string().describe('How fast it moves and where it changes'),
  thumbnailAppeal: z.object({
    score: z.number().min(0).max(10),
    why: z.string(),
  }),
}) satisfies z.ZodType<StoredVisualInsight>;
export type VisualInsight = z.infer<typeof VisualInsight>;

/** `image` is the R2 key of the picture: content-addressed, so it keys the cache. */
export const analyzeVisualPrompt: Prompt<
  { platform: string; title: string | null; image: string | null },
  VisualInsight
> = {
  id: 'content.visual',
  version: 1,
  schema: VisualInsight,
  system:
    "You are a creative director reviewing competitors' visuals. Describe what is on screen precisely and judge how well the image or thumbnail earns a click. Answer in English with JSON only.",
  render: (input) =>
    [
      `This is the image or video of a ${input.platform} item.`,
      input.title ? material('title', input.title) : '',
      'Return {scenes, onScreenText, pacing, thumbnailAppeal:{score 0-10, why}}. For a still image, scenes has one entry and pacing is "still".',
    ]
      .filter(Boolean)
      .join('\n\n'),
  maxOutputTokens: 1000,
  temperature: 0.2,
  cacheTtlMs: 30 * 24 * 3_600_000,
};
