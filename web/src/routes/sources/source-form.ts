import { z } from 'zod';
import type { SourceCreate, SourceType } from '../../api/types';
import { isHttpUrl } from '../../lib/schemas';
import { countryName, SOURCE_TYPE_KEYS } from './source-types';

/**
 * The "Add source" form: every type's fields in one schema (the keys are the names the
 * API's `errors[].path` uses, so its complaints land on the right input), checked per type
 * as you type with the same rules the API applies.
 */

export const REDDIT_SORTS = ['hot', 'new', 'top', 'rising'] as const;
/** YouTube and Bluesky read one account (a channel, a handle) or a search. */
export const MODES = ['account', 'search'] as const;

const CHANNEL_ID = /^UC[\w-]{22}$/;
const SUBREDDIT = /^[A-Za-z0-9][A-Za-z0-9_]{1,20}$/;
const HANDLE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const DID = /^did:(?:plc:[a-z2-7]{24}|web:[a-z0-9.-]+)$/;

/** The id itself, or a youtube.com/channel/UC… or feed address that carries it. */
function isChannelId(value: string): boolean {
  if (CHANNEL_ID.test(value)) return true;
  const id = /youtube\.com\/channel\/([^/?#]+)/i.exec(value)?.[1] ?? /[?&]channel_id=([^&#]+)/.exec(value)?.[1];
  return id !== undefined && CHANNEL_ID.test(id);
}

/** `typescript`, `r/typescript` or a reddit.com/r/… address. */
function isSubreddit(value: string): boolean {
  const path = value.replace(/^(?:https?:\/\/)?(?:[\w-]+\.)*reddit\.com/i, '');
  return SUBREDDIT.test(path.replace(/^\/?r\//i, '').replace(/\/.*$/, ''));
}

/** `alice.bsky.social`, `@alice.bsky.social`, a bsky.app profile link, or a DID. */
function isActor(value: string): boolean {
  const profile = /^(?:https?:\/\/)?(?:www\.)?bsky\.app\/profile\/([^/?#]+)/i.exec(value)?.[1];
  const actor = (profile ?? value).replace(/%3a/gi, ':').replace(/^@/, '').toLowerCase();
  return DID.test(actor) || HANDLE.test(actor);
}

export const sourceFormSchema = z
  .object({
    type: z.enum(SOURCE_TYPE_KEYS as [SourceType, ...SourceType[]]),
    mode: z.enum(MODES),
    url: z.string().trim(),
    channelId: z.string().trim(),
    query: z.string().trim(),
    subreddit: z.string().trim(),
    sort: z.enum(REDDIT_SORTS),
    geo: z.string().trim(),
    handle: z.string().trim(),
    name: z.string().trim().max(100, 'Use at most 100 characters.'),
    intervalMinutes: z.string(),
  })
  .superRefine((values, ctx) => {
    const complain = (path: keyof typeof values, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    const searching = values.mode === 'search' && (values.type === 'youtube' || values.type === 'bluesky');
    switch (values.type) {
      case 'feed':
      case 'web':
        if (!values.url) complain('url', 'Enter the address.');
        else if (!isHttpUrl(values.url))
          complain('url', 'Enter an http or https URL, such as https://example.com/feed.');
        else if (values.url.length > 2048) complain('url', 'Use at most 2,048 characters.');
        break;
      case 'youtube':
        if (searching) break;
        if (!values.channelId) complain('channelId', 'Enter the channel id.');
        else if (!isChannelId(values.channelId))
          complain('channelId', 'A channel id starts with UC and has 24 characters; @handles do not work.');
        break;
      case 'reddit':
        if (!values.subreddit) complain('subreddit', 'Enter a subreddit.');
        else if (!isSubreddit(values.subreddit))
          complain('subreddit', 'A subreddit name has 3 to 21 letters, digits or underscores.');
        break;
      case 'trends':
        if (values.geo.toUpperCase() === 'UK') complain('geo', 'Use GB for the United Kingdom (ISO 3166-1).');
        else if (!countryName(values.geo)) complain('geo', 'Use a two-letter country code, such as US, GB or DE.');
        break;
      case 'bluesky':
        if (searching) break;
        if (!values.handle) complain('handle', 'Enter a handle.');
        else if (!isActor(values.handle)) complain('handle', 'A handle looks like a domain name: alice.bsky.social.');
        break;
    }
    if (searching) {
      if (!values.query) complain('query', 'Give something to search for.');
      else if (values.query.length > 200) complain('query', 'Use at most 200 characters.');
    }
  });

export type SourceFormValues = z.input<typeof sourceFormSchema>;

export const SOURCE_FORM_DEFAULTS: SourceFormValues = {
  type: 'feed',
  mode: 'account',
  url: '',
  channelId: '',
  query: '',
  subreddit: '',
  sort: 'hot',
  geo: '',
  handle: '',
  name: '',
  intervalMinutes: '60',
};

/** The type's own fields, as POST /sources takes them. */
function typeFields(values: SourceFormValues): Record<string, string> {
  const search = values.mode === 'search';
  switch (values.type) {
    case 'feed':
    case 'web':
      return { url: values.url };
    case 'youtube':
      return search ? { query: values.query } : { channelId: values.channelId };
    case 'reddit':
      return { subreddit: values.subreddit, sort: values.sort };
    case 'trends':
      return { geo: values.geo.toUpperCase() };
    case 'bluesky':
      return search ? { query: values.query } : { handle: values.handle };
  }
}

export function toCreateBody(values: SourceFormValues): SourceCreate {
  return {
    type: values.type,
    ...(values.name ? { name: values.name } : {}),
    intervalMinutes: Number(values.intervalMinutes),
    ...typeFields(values),
  };
}
