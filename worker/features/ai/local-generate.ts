import { extractKeyphrases, hashtags as findHashtags } from '../../ai/local';
import type { WriteLimits } from '../../ai/prompts/limits';

/** A keyphrase as a hashtag: words run together, each after the first capitalised (#contentMarketing). */
export function toHashtag(phrase: string): string | null {
  const words = phrase
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0 || !words.some((w) => /\p{L}/u.test(w))) return null;
  const [first = '', ...rest] = words;
  return `#${first.toLowerCase()}${rest.map((w) => (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase()).join('')}`;
}

function phrasesOf(text: string): string[] {
  return extractKeyphrases(text, 20).map((k) => k.phrase);
}

/** Case-insensitively unique, the first spelling kept (#Sourdough from the text over #sourdough from a keyphrase). */
function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
}

/**
 * The sets of hashtags worth offering, best first: the top tags, other runs of the ranked
 * tags as large, the top set less one tag, then the top set led by each other tag. Each is
 * within the platform's limit; some may repeat one another, the caller skips repeats.
 */
function* candidateSets(tags: string[], size: number): Generator<string[]> {
  const best = tags.slice(0, size);
  yield best;
  const step = Math.max(1, Math.floor(size / 2));
  for (let start = step; start + size <= tags.length; start += step) yield tags.slice(start, start + size);
  if (tags.length > size) yield tags.slice(-size);
  if (size > 2) for (let drop = size - 1; drop >= 0; drop--) yield best.filter((_, i) => i !== drop);
  for (let lead = 1; lead < size; lead++) yield [...best.slice(lead), ...best.slice(0, lead)];
}

/**
 * Hashtags without a model: the text's own hashtags, then its keyphrases and their words as
 * tags, within the platform's limit. Every variant is a different set (a different selection, else a different
 * order); a text that gives fewer distinct sets than asked gets fewer, never a repeat. Tags in
 * `has` (a post's own, for tags to add to it) are never offered, and take their room.
 */
export function localHashtags(
  text: string,
  limits: Pick<WriteLimits, 'maxHashtags'>,
  variants: number,
  has: readonly string[] = [],
) {
  const limit = limits.maxHashtags === null ? 10 : Math.min(limits.maxHashtags - has.length, 10);
  const had = new Set(has.map((tag) => tag.toLowerCase()));
  const phrases = phrasesOf(text);
  // Niche tags first (the text's own, its keyphrases), then the broad ones inside the phrases.
  const words = phrases.flatMap((p) => (/\s/.test(p) ? p.split(/\s+/).filter((w) => w.length > 2) : []));
  const tags = uniqueTags([
    ...findHashtags(text).map((tag) => `#${tag}`),
    ...[...phrases, ...words].flatMap((p) => toHashtag(p) ?? []),
  ]).filter((tag) => !had.has(tag.toLowerCase()));
  const size = Math.max(0, Math.min(limit, tags.length));
  const items: { text: string; hashtags: string[] }[] = [];
  if (size === 0) return items;
  const given = new Set<string>();
  for (const set of candidateSets(tags, size)) {
    const key = set.join(' ');
    if (given.has(key)) continue;
    given.add(key);
    items.push({ text: key, hashtags: set });
    if (items.length === variants) break;
  }
  return items;
}

/** Angles that work across niches; each idea applies one to one of the topic's keyphrases. */
const ANGLES: [title: (p: string) => string, angle: (p: string) => string][] = [
  [
    (p) => `How to get started with ${p}`,
    (p) => `A step-by-step guide for beginners to ${p}. End with the one thing to do today.`,
  ],
  [
    (p) => `5 mistakes people make with ${p}`,
    (p) => `A list of common errors around ${p}, each with the fix. Works as a carousel or thread.`,
  ],
  [
    (p) => `What nobody tells you about ${p}`,
    (p) => `A contrarian take: the part of ${p} most people overlook, backed by an example.`,
  ],
  [
    (p) => `${p}: before and after`,
    (p) => `Show a concrete transformation involving ${p}, with numbers where possible.`,
  ],
  [(p) => `The ${p} checklist`, (p) => `A short, saveable checklist people can use for ${p}.`],
  [(p) => `${p} myths, busted`, (p) => `Three beliefs about ${p} that don't hold up, and what to do instead.`],
  [
    (p) => `A week of ${p}: what I learned`,
    (p) => `A first-person diary-style story about ${p}, ending with one lesson.`,
  ],
  [(p) => `Ask me anything about ${p}`, (p) => `Invite questions about ${p}; answer the best ones in follow-up posts.`],
];

/** Words that name an audience or a kind of post rather than a subject: no idea is "about" them. */
const NOT_A_SUBJECT = new Set(
  'beginners beginner people everyone anyone someone experts pros newbies tips tricks ideas ways things guide guides today time lot lots'.split(
    ' ',
  ),
);

/** Content ideas without a model: proven angles applied to the topic's keyphrases. */
export function localIdeas(text: string, count: number) {
  const phrases = phrasesOf(text)
    .filter((phrase) => !NOT_A_SUBJECT.has(phrase.toLowerCase()))
    .slice(0, count);
  if (phrases.length === 0) return [];
  return ANGLES.slice(0, count).map(([title, angle], i) => {
    const phrase = phrases[i % phrases.length] ?? '';
    return { title: title(phrase), text: angle(phrase) };
  });
}
