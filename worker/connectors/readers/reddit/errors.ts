/**
 * Reddit's answers in connector terms. Listing errors come as
 * `{"reason": "private" | "quarantined" | "gated" | "banned", "message": "Forbidden", "error": 403}`;
 * a plain 404 is a name nobody took. Reddit counts requests in a window and says so in
 * `x-ratelimit-remaining` / `x-ratelimit-reset` (seconds to the window's end).
 */
import { z } from 'zod';
import type { BudgetHeaders, ServiceSays } from '../../../core/outbound/http-errors';
import { jsonOrNull, lenient, type Service } from '../platform-common';

const ErrorBody = z.object({ reason: lenient(z.string()), message: lenient(z.string()) });

/** Reddit's JSON error body; null for anything else (an HTML block page). */
function read(body: string): ServiceSays | null {
  const parsed = ErrorBody.safeParse(jsonOrNull(body));
  if (!parsed.success) return null;
  return { codes: parsed.data.reason ? [parsed.data.reason] : [], message: parsed.data.message ?? null };
}

const REASONS: Record<string, (sub: string) => string> = {
  private: (sub) => `r/${sub} is private: only its members can read it.`,
  quarantined: (sub) => `r/${sub} is quarantined: Reddit shows it only to accounts that opted in.`,
  gated: (sub) => `r/${sub} is gated: Reddit shows it only to accounts that opted in.`,
  banned: (sub) => `r/${sub} was banned by Reddit.`,
};

/** Reddit's window: requests left and seconds to its end. */
const BUDGET: BudgetHeaders = { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset', resetIs: 'seconds' };

/** A subreddit's listing, public JSON or OAuth. */
export function redditListing(subreddit: string): Service {
  return {
    errors: {
      name: 'Reddit',
      read,
      budget: BUDGET,
      rules: [
        ...Object.entries(REASONS).map(([code, say]) => ({
          code,
          kind: 'bad_request' as const,
          message: say(subreddit),
        })),
        { status: 404, kind: 'not_found', message: `There is no subreddit r/${subreddit}.` },
        { status: 401, kind: 'auth_expired', message: 'Reddit refused our access token.' },
        {
          status: 403,
          body: 'unreadable',
          kind: 'bad_request',
          message:
            'Reddit blocks reads without an account from this network: set REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET.',
        },
        {
          status: 403,
          kind: 'bad_request',
          message: `Reddit refused to show r/${subreddit}: it is private or quarantined, or Reddit blocks reads without an account from this network (REDDIT_CLIENT_ID and REDDIT_CLIENT_SECRET help there).`,
        },
      ],
    },
  };
}

/** The application-only token endpoint. */
export const redditToken: Service = {
  errors: {
    name: 'Reddit',
    read,
    budget: BUDGET,
    rules: [
      {
        status: [401, 403],
        kind: 'auth_expired',
        message:
          'Reddit refused REDDIT_CLIENT_ID / REDDIT_CLIENT_SECRET ({status}): check the app at https://www.reddit.com/prefs/apps.',
      },
    ],
  },
};
