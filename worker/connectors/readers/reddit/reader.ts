/**
 * Reddit: a subreddit's listing (hot, new, top, rising), 100 posts with score, upvote ratio and
 * comment count. The public JSON needs nothing; with REDDIT_CLIENT_ID / REDDIT_CLIENT_SECRET
 * the OAuth API is used instead (higher limits, and not blocked where anonymous reads are).
 */

import { AuthExpired, BadRequest } from '../../../core/outbound/errors';
import type { Fetched } from '../../../core/outbound/fetch';
import { endpoint, fetchFrom, jsonOf, sourceRead } from '../platform-common';
import type { Reader, ReaderContext } from '../reader';
import { type RedditConfig, redditConfig } from './config';
import { redditListing } from './errors';
import { appToken, forgetRedditTokens } from './oauth';
import { parseListing, REDDIT_WEB } from './parse-listing';

const PARAMS = { limit: '100', raw_json: '1' };

async function fetchListing(ctx: ReaderContext, { subreddit, sort }: RedditConfig, retried = false): Promise<Fetched> {
  const service = redditListing(subreddit);
  const path = `/r/${subreddit}/${sort}`;
  const token = await appToken(ctx);
  if (!token)
    return fetchFrom(ctx, service, endpoint(ctx.env.REDDIT_BASE, `${path}.json`, PARAMS), {
      accept: 'application/json',
    });
  try {
    return await fetchFrom(ctx, service, endpoint(ctx.env.REDDIT_OAUTH_BASE, path, PARAMS), {
      accept: 'application/json',
      headers: { Authorization: `bearer ${token}` },
    });
  } catch (error) {
    // A token Reddit dropped before its time: one fresh token, one more try.
    if (!(error instanceof AuthExpired) || retried) throw error;
    forgetRedditTokens();
    return fetchListing(ctx, { subreddit, sort }, true);
  }
}

export const redditReader: Reader<RedditConfig> = {
  type: 'reddit',
  platform: 'reddit',
  config: redditConfig,
  identity: ({ subreddit, sort }) => `reddit:${subreddit.toLowerCase()}:${sort}`,
  defaultName: ({ subreddit, sort }) => `r/${subreddit} (${sort})`,
  async validate() {
    // Every well-formed name may exist: only reading it tells.
  },
  async read(ctx, config) {
    const fetched = await fetchListing(ctx, config);
    // Reddit sends a name nobody took to its subreddit search, which answers with a listing too.
    if (new URL(fetched.url).pathname.includes('/subreddits/search'))
      throw new BadRequest(`There is no subreddit r/${config.subreddit}.`);
    const items = parseListing(jsonOf(fetched, redditListing(config.subreddit)));
    // Listings change by the minute and Reddit sends no validators for them: no conditional GET.
    return sourceRead(items, { title: `r/${config.subreddit}`, url: `${REDDIT_WEB}/r/${config.subreddit}/` });
  },
};
