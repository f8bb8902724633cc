/**
 * Reddit's answers in connector terms. Listing errors come as
 * `{"reason": "private" | "quarantined" | "gated" | "banned", "message": "Forbidden", "error": 403}`;
 * a plain 404 is a name nobody took. Reddit counts requests in a window and says so in
 * `x-ratelimit-remaining` / `x-ratelimit-reset` (seconds to the window's end).
 */
import { z } from 'zod';
import { AuthExpired, BadRequest } from '../../../core/outbound/errors';
import { jsonOrNull, lenient, type Service } from '../platform-common';

const ErrorBody = z.object({ reason: lenient(z.string()), message: lenient(z.string()) });

const REASONS: Record<string, (sub: string) => string> = {
  private: (sub) => `r/${sub} is private: only its members can read it.`,
  quarantined: (sub) => `r/${sub} is quarantined: Reddit shows it only to accounts that opted in.`,
  gated: (sub) => `r/${sub} is gated: Reddit shows it only to accounts that opted in.`,
  banned: (sub) => `r/${sub} was banned by Reddit.`,
};

function budgetSpent(headers: Headers): number | null {
  const remaining = Number(headers.get('x-ratelimit-remaining') ?? Number.NaN);
  const reset = Number(headers.get('x-ratelimit-reset') ?? Number.NaN);
  return remaining < 1 && reset > 0 ? Math.ceil(reset) : null;
}

/** A subreddit's listing, public JSON or OAuth. */
export function redditListing(subreddit: string): Service {
  return {
    name: 'Reddit',
    budgetSpent,
    mapError({ status, body }, error) {
      const parsed = ErrorBody.safeParse(jsonOrNull(body));
      const reason = parsed.success ? parsed.data.reason : undefined;
      const known = reason ? REASONS[reason] : undefined;
      if (known) return new BadRequest(known(subreddit), status);
      if (status === 404) return new BadRequest(`There is no subreddit r/${subreddit}.`, status);
      if (status === 401) return new AuthExpired('Reddit refused our access token.', status);
      if (status === 403 && body && !parsed.success)
        return new BadRequest(
          'Reddit blocks reads without an account from this network: set REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET.',
          status,
        );
      if (status === 403)
        return new BadRequest(
          `Reddit refused to show r/${subreddit}: it is private or quarantined, or Reddit blocks reads without an account from this network (REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET help there).`,
          status,
        );
      return error;
    },
  };
}

/** The application-only token endpoint. */
export const redditToken: Service = {
  name: 'Reddit',
  budgetSpent,
  mapError: ({ status }, error) =>
    status === 401 || status === 403
      ? new AuthExpired(
          `Reddit refused REDDIT_CLIENT_ID / REDDIT_CLIENT_SECRET (${status}): check the app at https://www.reddit.com/prefs/apps.`,
          status,
        )
      : error,
};
