import { z } from 'zod';
import { GENERATION_PLATFORMS, PLATFORM_LIMITS } from '../../../../worker/contracts';
import type { GenerateRequest, GenerationKind, GenerationPlatform } from '../../api/types';

/** What the Create page writes; rewriting and shortening work on a post being written, in the composer's AI panel. */
type CreateKind = Exclude<GenerationKind, 'rewrite' | 'shorten'>;

/** What can be written, in the order the picker lists them. */
export const KINDS: Record<CreateKind, { label: string; hint: string }> = {
  post: { label: 'Post', hint: 'A post for the platform, ready to publish.' },
  caption: { label: 'Caption', hint: 'A caption for an image or video.' },
  thread: { label: 'Thread', hint: 'A series of posts, each within the platform’s limit.' },
  hashtags: { label: 'Hashtags', hint: 'Sets of hashtags; the local engine makes them without a provider.' },
  ideas: { label: 'Ideas', hint: 'Ideas for posts; the local engine makes them without a provider.' },
  article: { label: 'Article', hint: 'A long-form article with a title.' },
  newsletter: { label: 'Newsletter', hint: 'A newsletter issue with a subject line.' },
  repurpose: { label: 'Repurpose a post', hint: 'The post you build on, rewritten for the platform.' },
};

export const KIND_KEYS = Object.keys(KINDS) as CreateKind[];

/** Kinds whose every variant (or thread part) must fit the platform's post length. */
const LIMITED: ReadonlySet<GenerationKind> = new Set(['post', 'caption', 'thread', 'hashtags', 'repurpose']);

/** The longest post the platform takes, where that applies to this kind. */
export function lengthLimit(kind: GenerationKind, platform: GenerationPlatform): number | null {
  return LIMITED.has(kind) ? PLATFORM_LIMITS[platform].maxLength : null;
}

export const PLATFORM_OPTIONS = GENERATION_PLATFORMS.map((value) => {
  const { label, maxLength } = PLATFORM_LIMITS[value];
  return { value, label: maxLength ? `${label} (${maxLength.toLocaleString()} characters)` : label };
});

export const VARIANT_OPTIONS = ['1', '2', '3', '4', '5'].map((value) => ({ value, label: value }));

/** `hasSource`: a content item to build on is attached, so the topic is optional. */
export function generationSchema(hasSource: boolean) {
  return z
    .object({
      kind: z.enum(KIND_KEYS as [CreateKind, ...CreateKind[]]),
      platform: z.enum(GENERATION_PLATFORMS),
      topic: z.string().trim().max(2000, 'Use at most 2,000 characters.'),
      brandVoiceId: z.string(),
      variants: z.string(),
      notes: z.string().trim().max(2000, 'Use at most 2,000 characters.'),
    })
    .superRefine((values, ctx) => {
      if (!hasSource && values.topic === '')
        ctx.addIssue({ code: 'custom', path: ['topic'], message: 'Say what to write about.' });
      if (!hasSource && values.kind === 'repurpose')
        ctx.addIssue({
          code: 'custom',
          path: ['kind'],
          message: 'Repurposing needs a post: open one in Content and choose “Write something like this”.',
        });
    });
}

export type GenerationValues = z.input<ReturnType<typeof generationSchema>>;

export const GENERATION_DEFAULTS: GenerationValues = {
  kind: 'post',
  platform: 'linkedin',
  topic: '',
  brandVoiceId: '',
  variants: '3',
  notes: '',
};

export function toGenerateRequest(
  values: GenerationValues,
  sourceContentId: string | null,
  fresh: boolean,
): GenerateRequest {
  return {
    kind: values.kind,
    platform: values.platform,
    variants: Number(values.variants),
    ...(values.topic.trim() ? { topic: values.topic.trim() } : {}),
    ...(sourceContentId ? { sourceContentId } : {}),
    ...(values.brandVoiceId ? { brandVoiceId: values.brandVoiceId } : {}),
    ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
    ...(fresh ? { fresh: true } : {}),
  };
}
