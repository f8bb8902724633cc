/**
 * What each platform accepts in one post. Lengths are counted in graphemes (what a person
 * sees as one character), which is how Bluesky counts; X weighs some characters double and
 * every link as 23, so for X this is the lower bound it is checked against.
 */
export const PLATFORMS = [
  'bluesky',
  'x',
  'threads',
  'instagram',
  'linkedin',
  'facebook',
  'tiktok',
  'youtube',
  'blog',
  'newsletter',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface PlatformLimits {
  label: string;
  /** Longest post, in graphemes; null for long-form (articles, newsletters). */
  maxLength: number | null;
  maxHashtags: number | null;
}

export const PLATFORM_LIMITS: Record<Platform, PlatformLimits> = {
  bluesky: { label: 'Bluesky', maxLength: 300, maxHashtags: null },
  x: { label: 'X', maxLength: 280, maxHashtags: null },
  threads: { label: 'Threads', maxLength: 500, maxHashtags: 1 },
  instagram: { label: 'Instagram', maxLength: 2200, maxHashtags: 30 },
  linkedin: { label: 'LinkedIn', maxLength: 3000, maxHashtags: null },
  facebook: { label: 'Facebook', maxLength: 63_206, maxHashtags: null },
  tiktok: { label: 'TikTok', maxLength: 4000, maxHashtags: null },
  youtube: { label: 'YouTube (description)', maxLength: 5000, maxHashtags: 15 },
  blog: { label: 'Blog', maxLength: null, maxHashtags: null },
  newsletter: { label: 'Newsletter', maxLength: null, maxHashtags: null },
};

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** Hashtags as platforms read them: # then letters, digits, marks or underscores. */
export function countHashtags(text: string): number {
  return text.match(/(^|[^\p{L}\p{N}_&])#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*/gu)?.length ?? 0;
}

/** What is wrong with a post for a platform, or an empty list. */
export function limitProblems(text: string, platform: Platform): string[] {
  const limits = PLATFORM_LIMITS[platform];
  const problems: string[] = [];
  const length = graphemeCount(text);
  if (limits.maxLength !== null && length > limits.maxLength)
    problems.push(`${length} characters; ${limits.label} allows ${limits.maxLength}`);
  const tags = countHashtags(text);
  if (limits.maxHashtags !== null && tags > limits.maxHashtags)
    problems.push(`${tags} hashtags; ${limits.label} allows ${limits.maxHashtags}`);
  if (text.trim().length === 0) problems.push('empty');
  return problems;
}
