import { z } from 'zod';
import type { GenerationPlatform } from '../../connectors/platforms';
import { checkAgainstText, type TextKind, textRules } from './edit';
import { lengthRule, type WriteLimits, writeProblems } from './limits';
import { material, type Prompt } from './types';

export const GENERATION_KINDS = [
  'caption',
  'post',
  'thread',
  'hashtags',
  'article',
  'newsletter',
  'repurpose',
  'ideas',
  'rewrite',
  'shorten',
] as const;
export type GenerationKind = (typeof GENERATION_KINDS)[number];

/** Where each kind is written for when the request names no platform. */
export const DEFAULT_PLATFORM: Record<GenerationKind, GenerationPlatform> = {
  caption: 'instagram',
  post: 'linkedin',
  thread: 'x',
  hashtags: 'instagram',
  article: 'blog',
  newsletter: 'newsletter',
  repurpose: 'linkedin',
  ideas: 'linkedin',
  rewrite: 'linkedin',
  shorten: 'x',
};

/** Kinds that work on the person's own text (`text`), which they need. */
export const TEXT_KINDS: ReadonlySet<GenerationKind> = new Set(['rewrite', 'shorten']);

export interface VoiceInput {
  name: string;
  description: string;
  dos: string[];
  donts: string[];
  examples: string[];
}

export interface GenerationInput {
  kind: GenerationKind;
  platform: GenerationPlatform;
  variants: number;
  topic: string | null;
  /** The item to build on (repurpose, "write something like this"). */
  source: { platform: string; title: string | null; text: string; author: string | null } | null;
  voice: VoiceInput | null;
  notes: string | null;
  /** The person's own text: what to rewrite or shorten, or what the hashtags are for. */
  text?: string | undefined;
  /** What the text is written within, when that is not the platform's own (a connected account). */
  limits?: WriteLimits | undefined;
}

export interface GeneratedItem {
  text: string;
  title?: string | undefined;
  parts?: string[] | undefined;
  hashtags?: string[] | undefined;
}

const WHAT: Record<GenerationKind, string> = {
  caption: 'a caption for an image or video post',
  post: 'a post',
  thread: 'a thread: several posts that read in order, each one standing on its own',
  hashtags: 'a set of relevant hashtags (mix broad and niche; no spaces inside a tag)',
  article: 'an article in Markdown, with a title, an introduction, sections with ## headings and a conclusion',
  newsletter: 'a newsletter issue in Markdown, with a subject line as title, a greeting, sections and a sign-off',
  repurpose: 'a post that repurposes the source material for the platform, keeping its substance but not its wording',
  ideas: 'a content idea: a working title and a two-sentence angle',
  rewrite: 'the given text, reworded',
  shorten: 'the given text, shortened',
};

function postText(limits: WriteLimits) {
  return z
    .string()
    .min(1)
    .superRefine((text, ctx) => {
      for (const problem of writeProblems(text, limits))
        ctx.addIssue({ code: 'custom', message: `Too long or too many hashtags for the platform: ${problem}` });
    });
}

function itemSchema(kind: GenerationKind, limits: WriteLimits, text: string | null): z.ZodType<GeneratedItem> {
  switch (kind) {
    case 'thread':
      return z.object({ text: z.string(), parts: z.array(postText(limits)).min(2).max(15) });
    case 'hashtags': {
      const tags = z.object({
        text: z.string(),
        hashtags: z
          .array(z.string().regex(/^#[\p{L}\p{M}\p{N}_]+$/u, 'A hashtag is # then letters, digits or _'))
          .min(1)
          .max(limits.maxHashtags ?? 30),
      });
      return text === null ? tags : tags.superRefine(checkAgainstText('hashtags', text, limits));
    }
    case 'article':
    case 'newsletter':
      return z.object({ title: z.string().min(1), text: z.string().min(200) });
    case 'ideas':
      return z.object({ title: z.string().min(1), text: z.string().min(1) });
    case 'rewrite':
    case 'shorten': {
      const edited = z.object({ text: postText(limits) });
      return text === null ? edited : edited.superRefine(checkAgainstText(kind, text, limits));
    }
    default:
      return z.object({ text: postText(limits) });
  }
}

/**
 * Variants of hashtags are for telling which tags work, so each must be a different selection:
 * the same tags again, in any order or case, are sent back for repair.
 */
function distinctHashtagSets(items: GeneratedItem[], ctx: z.RefinementCtx) {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const key = [...new Set((item.hashtags ?? []).map((tag) => tag.toLowerCase()))].sort().join(' ');
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [i, 'hashtags'],
        message: `Variant ${i + 1} has the same hashtags as variant ${earlier + 1}; make each variant a different selection of hashtags.`,
      });
  });
}

/**
 * The generation prompt for one kind, set of limits (a platform's or an account's) and number
 * of variants; its schema checks the limits, and for a kind working on the person's `text`,
 * that the answer keeps what the text must keep.
 */
export function generationPrompt(
  kind: GenerationKind,
  limits: WriteLimits,
  variants: number,
  text: string | null = null,
): Prompt<GenerationInput, { items: GeneratedItem[] }> {
  const rules = [
    kind !== 'article' && kind !== 'newsletter' ? lengthRule(limits, kind === 'thread' ? 'part' : 'text') : '',
    // Hashtags for a text are told the room its own tags leave (textRules).
    limits.maxHashtags !== null && !(kind === 'hashtags' && text !== null)
      ? `Use at most ${limits.maxHashtags} hashtags.`
      : '',
    kind === 'hashtags' && variants > 1
      ? 'Make each variant a different selection of hashtags, not the same tags in another order.'
      : '',
  ].filter(Boolean);
  const items = z.array(itemSchema(kind, limits, text)).length(variants);
  return {
    id: `generate.${kind}`,
    // Hashtags@2: variants must be different selections.
    version: kind === 'hashtags' ? 2 : 1,
    schema: z.object({ items: kind === 'hashtags' ? items.superRefine(distinctHashtagSets) : items }),
    system:
      'You write for social media and the web on behalf of a brand. You write original text, never copying source material word for word, and follow the brand voice when one is given. Answer with JSON only.',
    render: (input) =>
      [
        `Write ${variants === 1 ? 'one variant' : `${variants} clearly different variants (for an A/B test)`} of ${WHAT[kind]} for ${limits.label}.`,
        ...rules,
        ...(text !== null && (kind === 'rewrite' || kind === 'shorten' || kind === 'hashtags')
          ? textRules(kind satisfies TextKind, text, limits)
          : []),
        input.topic ? material('topic', input.topic) : '',
        input.source
          ? `Build on this ${input.source.platform} item${input.source.author ? ` by ${input.source.author}` : ''}:\n${material('source', [input.source.title, input.source.text].filter(Boolean).join('\n\n').slice(0, 8000))}`
          : '',
        input.voice
          ? [
              `Write in the brand voice "${input.voice.name}": ${input.voice.description}`,
              input.voice.dos.length ? `Do: ${input.voice.dos.join('; ')}.` : '',
              input.voice.donts.length ? `Don't: ${input.voice.donts.join('; ')}.` : '',
              input.voice.examples.length
                ? `Posts in this voice:\n${input.voice.examples.map((e) => material('example', e.slice(0, 1000))).join('\n')}`
                : '',
            ]
              .filter(Boolean)
              .join('\n')
          : '',
        input.notes ? material('notes', input.notes) : '',
        `Return {"items": [${kind === 'thread' ? '{"text", "parts": [post, …]}' : kind === 'hashtags' ? '{"text", "hashtags": ["#tag", …]}' : kind === 'article' || kind === 'newsletter' || kind === 'ideas' ? '{"title", "text"}' : '{"text"}'}, …]} with exactly ${variants} item${variants === 1 ? '' : 's'}.`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    maxOutputTokens:
      kind === 'article' || kind === 'newsletter'
        ? 4000
        : kind === 'rewrite' || kind === 'shorten'
          ? // A reworded long post needs room: about a token for every three characters it may hold.
            Math.ceil((limits.maxLength ?? 3000) / 3 + 100) * variants + 400
          : 400 * variants + 400,
    temperature: 0.8,
    cacheTtlMs: 24 * 3_600_000,
  };
}

export const LearnedVoice = z.object({
  name: z.string().min(1).max(80),
  description: z.string().min(1).max(1000),
  dos: z.array(z.string()).max(10),
  donts: z.array(z.string()).max(10),
});
export type LearnedVoice = z.infer<typeof LearnedVoice>;

export const learnVoicePrompt: Prompt<{ posts: string[] }, LearnedVoice> = {
  id: 'voice.learn',
  version: 1,
  schema: LearnedVoice,
  system:
    'You are an editor who describes how a brand writes, so that a writer can imitate it. Be specific: sentence length, vocabulary, person, emoji and hashtag habits, structure, humour. Answer with JSON only.',
  render: (input) =>
    [
      'Describe the voice these posts share.',
      ...input.posts.map((post) => material('post', post.slice(0, 2000))),
      'Return {name (a short label), description (3–5 sentences), dos (rules to follow), donts (things this voice never does)}.',
    ].join('\n\n'),
  maxOutputTokens: 800,
  temperature: 0.2,
  cacheTtlMs: 7 * 24 * 3_600_000,
};
