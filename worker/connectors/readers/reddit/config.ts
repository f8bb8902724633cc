import { z } from 'zod';
import { addressOn, normalized } from '../platform-common';

export const REDDIT_SORTS = ['hot', 'new', 'top', 'rising'] as const;
export type RedditSort = (typeof REDDIT_SORTS)[number];

// A type, not an interface: the reader registry takes configs as string records.
export type RedditConfig = {
  subreddit: string;
  sort: RedditSort;
};

/** Reddit's rule: letters, digits and underscores, 3–21 long; a few old ones have 2 (r/de). */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_]{1,20}$/;
const REDDIT_HOST = /^(?:www\.|old\.|new\.|np\.|m\.)?reddit\.com$/i;

/** The subreddit in what a user typed: `typescript`, `r/typescript`, or a reddit.com/r/… address. */
export function subredditFrom(input: string): string | null {
  let text = input.trim();
  if (/^(?:https?:\/\/)?(?:[\w-]+\.)*reddit\.com\//i.test(text)) {
    const url = addressOn(text, REDDIT_HOST);
    if (!url) return null;
    text = url.pathname;
  }
  const name = text.replace(/^\/?r\//i, '').replace(/\/.*$/, '');
  return NAME.test(name) ? name : null;
}

const Subreddit = normalized(
  subredditFrom,
  'A subreddit name has 3 to 21 letters, digits or underscores (r/name and reddit.com/r/name work too).',
);

export const redditConfig: z.ZodType<RedditConfig> = z.object({
  subreddit: Subreddit,
  sort: z.enum(REDDIT_SORTS, { error: 'Sort by hot, new, top or rising.' }).default('hot'),
});
