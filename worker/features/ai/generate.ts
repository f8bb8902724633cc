import { LOCAL_ENGINE } from '../../ai/local/engine-label';
import { tagsOf } from '../../ai/prompts/edit';
import { type GeneratedItem, type GenerationKind, generationPrompt, TEXT_KINDS } from '../../ai/prompts/generate';
import { type WriteLimits, writeProblems, writtenLength } from '../../ai/prompts/limits';
import type { GenerationPlatform } from '../../connectors/platforms';
import type { ServiceContext } from '../../core/context';
import { InvalidRequest } from '../../core/http/errors';
import { getVoice } from '../brand-voices/manage';
import { getContentItem } from '../content/get';
import { generateObject } from './client';
import { AiNotConfigured, SETTINGS_HINT } from './errors';
import { localHashtags, localIdeas } from './local-generate';
import { resolveLimits } from './write-limits';

export interface GenerateRequest {
  kind: GenerationKind;
  /** DEFAULT_PLATFORM of the kind when absent. */
  platform?: GenerationPlatform | undefined;
  /** A connected account whose own limits the text must fit. */
  accountId?: string | undefined;
  /** A tighter length than the platform's or the account's. */
  maxLength?: number | undefined;
  topic?: string | undefined;
  /** The person's own text: to rewrite, shorten, or find hashtags for. */
  text?: string | undefined;
  sourceContentId?: string | undefined;
  brandVoiceId?: string | undefined;
  variants?: number | undefined;
  notes?: string | undefined;
  /** Ask again instead of answering from the cache ("generate again"). */
  fresh?: boolean | undefined;
}

/** What a person sees of each variant: its text, length where it goes, and anything the platform would refuse. */
function present(item: GeneratedItem, limits: WriteLimits, kind: GenerationKind) {
  const text = item.parts ? item.parts.join('\n\n') : item.hashtags ? item.hashtags.join(' ') : item.text;
  const checked = kind === 'article' || kind === 'newsletter' || kind === 'ideas' ? [] : (item.parts ?? [text]);
  return {
    text,
    ...(item.title ? { title: item.title } : {}),
    ...(item.parts ? { parts: item.parts } : {}),
    ...(item.hashtags ? { hashtags: item.hashtags } : {}),
    characters: writtenLength(text, limits),
    problems: checked.flatMap((part) => writeProblems(part, limits)),
  };
}

/** The limits as the answer reports them. */
function limitsOut(limits: WriteLimits) {
  return {
    label: limits.label,
    maxLength: limits.maxLength,
    maxHashtags: limits.maxHashtags,
    countsBy: limits.countsBy,
    ...(limits.urlLength !== undefined ? { urlLength: limits.urlLength } : {}),
  };
}

/**
 * Writes captions, posts, threads, hashtags, articles, newsletters, repurposed posts or
 * ideas, on a topic or building on a content item, in a brand voice, for a platform whose
 * limits the answer's schema enforces (an answer over the limit is sent back for repair).
 * With no provider, hashtags and ideas come from the local engine; the rest say how to
 * configure one.
 */
export async function generate(ctx: ServiceContext, workspaceId: string, input: GenerateRequest) {
  const topic = input.topic?.trim() || null;
  const own = input.text?.trim() ? input.text : null;
  if (TEXT_KINDS.has(input.kind) && !own)
    throw new InvalidRequest(`Give the text to ${input.kind}.`, {
      errors: [{ path: 'text', message: `Required for kind "${input.kind}".` }],
    });
  if (!topic && !input.sourceContentId && !(own && input.kind === 'hashtags') && !TEXT_KINDS.has(input.kind))
    throw new InvalidRequest('Give a topic, or a sourceContentId to build on.', {
      errors: [{ path: 'topic', message: 'Required unless sourceContentId (or, for hashtags, text) is given.' }],
    });
  const { platform, limits } = await resolveLimits(ctx, workspaceId, { ...input, text: own ?? undefined });
  const request = { ...input, platform };
  if (request.kind === 'repurpose' && !request.sourceContentId)
    throw new InvalidRequest('Repurposing needs the item to repurpose: give sourceContentId.', {
      errors: [{ path: 'sourceContentId', message: 'Required for kind "repurpose".' }],
    });
  const [item, voice] = await Promise.all([
    request.sourceContentId ? getContentItem(ctx, workspaceId, request.sourceContentId) : null,
    request.brandVoiceId ? getVoice(ctx, workspaceId, request.brandVoiceId) : null,
  ]);
  const variants = request.variants ?? (request.kind === 'ideas' ? 5 : 1);
  const source = item
    ? { platform: item.platform, title: item.title, text: item.text ?? '', author: item.author }
    : null;
  try {
    const answer = await generateObject(
      ctx,
      workspaceId,
      generationPrompt(request.kind, limits, variants, own),
      {
        kind: request.kind,
        platform: request.platform,
        variants,
        topic,
        source,
        voice: voice
          ? {
              name: voice.name,
              description: voice.description,
              dos: voice.dos,
              donts: voice.donts,
              examples: voice.examples,
            }
          : null,
        notes: request.notes?.trim() || null,
        ...(own ? { text: own } : {}),
        ...(request.accountId || request.maxLength !== undefined ? { limits } : {}),
      },
      { fresh: request.fresh ?? false },
    );
    return {
      kind: request.kind,
      platform: request.platform,
      limits: limitsOut(limits),
      items: answer.value.items.map((generated) => present(generated, limits, request.kind)),
      provider: answer.provider,
      model: answer.model,
      prompt: answer.prompt,
      cached: answer.cached,
    };
  } catch (error) {
    if (!(error instanceof AiNotConfigured) || (request.kind !== 'hashtags' && request.kind !== 'ideas')) throw error;
    const text = [own, topic, source?.title, source?.text].filter(Boolean).join('\n\n');
    const items =
      request.kind === 'hashtags'
        ? localHashtags(text, limits, variants, own ? tagsOf(own) : [])
        : localIdeas(text, variants);
    // Said rather than padded with repeats: a short topic has only so many keyphrases.
    const fewer =
      items.length < variants
        ? ` Only ${items.length} of the ${variants} variants asked could be made without repeating one; a longer topic gives more.`
        : '';
    return {
      kind: request.kind,
      platform: request.platform,
      limits: limitsOut(limits),
      items: items.map((generated) => present(generated, limits, request.kind)),
      ...LOCAL_ENGINE,
      prompt: null,
      cached: false,
      note: `Made by the local engine from the ${own ? "text's" : "topic's"} keyphrases. ${SETTINGS_HINT}${fewer}`,
    };
  }
}
