/**
 * The AppView's answers in connector terms. XRPC errors are `{error, message}` with a 400
 * for most things (an unknown actor is InvalidRequest "Profile not found"). Unauthenticated
 * post search is switched off from time to time under load (403, sometimes an HTML page,
 * sometimes AuthMissing): that passes, so it is Unavailable, not a bad request. Rate-limit
 * headers follow the IETF draft, `ratelimit-reset` in epoch seconds.
 */
import { z } from 'zod';
import { BadRequest, Unavailable } from '../../../core/outbound/errors';
import { jsonOrNull, lenient, type Service } from '../platform-common';
import { actorLabel } from './config';

const XrpcError = z.object({ error: z.string(), message: lenient(z.string()) });

const ACCOUNT: Record<string, string> = {
  AccountTakedown: 'has been taken down by Bluesky',
  AccountDeactivated: 'has deactivated the account',
  BlockedActor: 'is blocked',
  BlockedByActor: 'blocks us',
};

/** The AppView's window is 5 minutes: a reset further off than that is not believed. */
const WINDOW_SECONDS = 300;

function budgetSpent(headers: Headers): number | null {
  const remaining = Number(headers.get('ratelimit-remaining') ?? Number.NaN);
  const wait = Math.ceil(Number(headers.get('ratelimit-reset') ?? Number.NaN) - Date.now() / 1000);
  return remaining < 1 && wait > 0 ? Math.min(wait, WINDOW_SECONDS) : null;
}

/** getAuthorFeed for one account. */
export function authorFeed(actor: string): Service {
  const who = actorLabel(actor);
  return {
    name: 'Bluesky',
    budgetSpent,
    mapError({ status, body }, error) {
      const xrpc = XrpcError.safeParse(jsonOrNull(body)).data;
      const account = xrpc ? ACCOUNT[xrpc.error] : undefined;
      if (account) return new BadRequest(`${who} ${account}.`, status);
      if (status === 400 && (!xrpc || /not found|must be a valid/i.test(xrpc.message ?? '')))
        return new BadRequest(`Bluesky has no account ${who}.`, status);
      if (status === 401 || status === 403) return new Unavailable(`Bluesky refused to show ${who} right now.`, status);
      return xrpc ? new BadRequest(`Bluesky refused to show ${who}: ${xrpc.message ?? xrpc.error}`, status) : error;
    },
  };
}

/** searchPosts without an account. */
export const postSearch: Service = {
  name: 'Bluesky',
  budgetSpent,
  mapError({ status, body }, error) {
    if (status === 401 || status === 403)
      return new Unavailable(
        "Bluesky's public post search is closed to requests without an account at the moment (Bluesky switches it off under load); it will be tried again.",
        status,
      );
    const xrpc = XrpcError.safeParse(jsonOrNull(body)).data;
    return status === 400
      ? new BadRequest(`Bluesky refused the search${xrpc ? `: ${xrpc.message ?? xrpc.error}` : '.'}`, status)
      : error;
  },
};
