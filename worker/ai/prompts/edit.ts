import type { z } from 'zod';
import { countHashtags } from '../../connectors/platforms';
import { hashtags } from '../local';
import { fixedParts, missingParts, type WriteLimits, writtenLength } from './limits';
import { material } from './types';

/**
 * The kinds that work on a text the person already wrote (GenerationInput.text): rewording
 * it, shortening it to fit, or finding hashtags it lacks.
 */
export type TextKind = 'rewrite' | 'shorten' | 'hashtags';

/** Hashtags a text has already, as #tag in their first spelling. */
export function tagsOf(text: string): string[] {
  return hashtags(text).map((tag) => `#${tag}`);
}

/** How many hashtags can be added to `text` before the platform's limit; null for no limit. */
export function hashtagRoom(text: string, limits: WriteLimits): number | null {
  return limits.maxHashtags === null ? null : Math.max(0, limits.maxHashtags - countHashtags(text));
}

/** What the model is told about the text it works on, and what of it to keep. */
export function textRules(kind: TextKind, text: string, limits: WriteLimits): string[] {
  if (kind === 'hashtags') {
    const had = tagsOf(text);
    const room = hashtagRoom(text, limits);
    return [
      `The hashtags are for this post; suggest ones it does not have yet${had.length ? ` (it has ${had.join(' ')})` : ''}.`,
      room === null ? '' : `The post may take only ${room} more hashtags: use at most ${room}.`,
      material('post', text),
    ];
  }
  const keep = fixedParts(text, kind === 'rewrite');
  return [
    kind === 'shorten' && limits.maxLength !== null
      ? `Shorten this text from its ${writtenLength(text, limits)} characters to at most ${limits.maxLength}, counted the same way. Keep its message, language and tone; cut words, not meaning.`
      : 'Say the same as this text in other words: the same message, facts, language and call to action.',
    keep.length ? `Keep these exactly as written: ${keep.join(' ')}` : '',
    material('text', text),
  ];
}

/**
 * Sends back a variant that lost what the text must keep (a link, a mention, for a rewrite a
 * hashtag) or, for hashtags, repeats one the post has or overflows the room left for tags.
 */
export function checkAgainstText(kind: TextKind, text: string, limits: WriteLimits) {
  return (written: { text: string; hashtags?: string[] | undefined }, ctx: z.RefinementCtx) => {
    if (kind === 'hashtags') {
      const had = new Set(tagsOf(text).map((tag) => tag.toLowerCase()));
      const tags = written.hashtags ?? [];
      const repeated = tags.filter((tag) => had.has(tag.toLowerCase()));
      if (repeated.length)
        ctx.addIssue({ code: 'custom', path: ['hashtags'], message: `The post has ${repeated.join(' ')} already.` });
      const room = hashtagRoom(text, limits);
      if (room !== null && tags.length > room)
        ctx.addIssue({
          code: 'custom',
          path: ['hashtags'],
          message: `The post has room for ${room} more hashtags on ${limits.label}, not ${tags.length}.`,
        });
      return;
    }
    const missing = missingParts(written.text, fixedParts(text, kind === 'rewrite'));
    if (missing.length)
      ctx.addIssue({ code: 'custom', path: ['text'], message: `Keep ${missing.join(' ')} exactly as written.` });
  };
}
