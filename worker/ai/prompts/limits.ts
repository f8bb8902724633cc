import { countHashtags, type GenerationPlatform, PLATFORM_LIMITS } from '../../connectors/platforms';
import { type LengthRule, postLength } from '../../lib/post-length';
import { hashtags, links, mentions } from '../local';

/**
 * What a text is written within: a platform's documented limits (counted in graphemes, as the
 * registry counts), or a connected account's own, counted as its server counts (Mastodon:
 * characters, every link as 23). The length a person sees and the schema enforces are the same.
 */
export interface WriteLimits extends LengthRule {
  label: string;
  /** Longest text; null for long-form. */
  maxLength: number | null;
  maxHashtags: number | null;
}

/** A platform's documented limits, in graphemes. */
export function platformLimits(platform: GenerationPlatform): WriteLimits {
  return { ...PLATFORM_LIMITS[platform], countsBy: 'graphemes' };
}

/** How long `text` is where it goes. */
export function writtenLength(text: string, limits: WriteLimits): number {
  return postLength(text, limits);
}

/** What is wrong with a text for where it goes, or an empty list. */
export function writeProblems(text: string, limits: WriteLimits): string[] {
  const problems: string[] = [];
  const length = writtenLength(text, limits);
  if (limits.maxLength !== null && length > limits.maxLength)
    problems.push(`${length} characters; ${limits.label} allows ${limits.maxLength}`);
  const tags = countHashtags(text);
  if (limits.maxHashtags !== null && tags > limits.maxHashtags)
    problems.push(`${tags} hashtags; ${limits.label} allows ${limits.maxHashtags}`);
  if (text.trim().length === 0) problems.push('empty');
  return problems;
}

/** The rule a model is told, in the words that make it count as the platform does. */
export function lengthRule(limits: WriteLimits, what: string): string {
  if (limits.maxLength === null) return '';
  const counted =
    limits.countsBy === 'graphemes'
      ? 'emoji and spaces included'
      : `spaces included; every link counts as ${limits.urlLength ?? 23} characters however long it is`;
  return `Each ${what} must be at most ${limits.maxLength} characters, ${counted}.`;
}

/**
 * The parts of a text a rewrite must carry over as written: its links and mentions, and its
 * hashtags where asked (a shortened post may drop a tag; a reworded one keeps them).
 */
export function fixedParts(text: string, withHashtags: boolean): string[] {
  return [
    ...links(text),
    ...mentions(text).map((handle) => `@${handle}`),
    ...(withHashtags ? hashtags(text).map((tag) => `#${tag}`) : []),
  ];
}

/** Whether a handle or tag stands in `text` whole, in any case (@jane is not in @janet). */
function standsIn(text: string, part: string): boolean {
  const lower = text.toLowerCase();
  const needle = part.toLowerCase();
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1))
    if (!/[\p{L}\p{M}\p{N}_]/u.test(lower[at + needle.length] ?? '')) return true;
  return false;
}

/** The fixed parts missing from `written`: a handle or a tag whole in any case, a link whole and exactly as it was. */
export function missingParts(written: string, parts: readonly string[]): string[] {
  const text = written.normalize('NFC');
  const writtenLinks = new Set(links(text));
  return parts.filter((part) =>
    part.startsWith('@') || part.startsWith('#') ? !standsIn(text, part) : !writtenLinks.has(part),
  );
}
