/**
 * The AppView's answers in connector terms. XRPC errors are `{error, message}` with a 400
 * for most things (an unknown actor is InvalidRequest "Profile not found"). Unauthenticated
 * post search is switched off from time to time under load (403, sometimes an HTML page,
 * sometimes AuthMissing): that passes, so it is Unavailable, not a bad request. Rate-limit
 * headers follow the IETF draft, `ratelimit-reset` in epoch seconds.
 */
import { z } from 'zod';
import type { BudgetHeaders, ServiceSays } from '../../../core/outbound/http-errors';
import { jsonOrNull, lenient, type Service } from '../platform-common';
import { actorLabel } from './config';

const XrpcError = z.object({ error: z.string(), message: lenient(z.string()) });

/** An XRPC error body: `{error, message}`. */
function read(body: string): ServiceSays | null {
  const xrpc = XrpcError.safeParse(jsonOrNull(body)).data;
  return xrpc ? { codes: [xrpc.error], message: xrpc.message ?? xrpc.error } : null;
}

const ACCOUNT: Record<string, string> = {
  AccountTakedown: 'has been taken down by Bluesky',
  AccountDeactivated: 'has deactivated the account',
  BlockedActor: 'is blocked',
  BlockedByActor: 'blocks us',
};

/** The AppView's budget: `ratelimit-remaining` and `ratelimit-reset` (a Unix time) over a five-minute window. */
const BUDGET: BudgetHeaders = {
  remaining: 'ratelimit-remaining',
  reset: 'ratelimit-reset',
  resetIs: 'unix',
  maxWaitSeconds: 300,
};

export function authorFeed(actor: string): Service {
  const who = actorLabel(actor);
  return {
    errors: {
      name: 'Bluesky',
      read,
      budget: BUDGET,
      rules: [
        ...Object.entries(ACCOUNT).map(([code, what]) => ({
          code,
          kind: 'bad_request' as const,
          message: `${who} ${what}.`,
        })),
        ...[{ body: 'unreadable' as const }, { body: 'empty' as const }, { said: /not found|must be a valid/i }].map(
          (when) => ({ status: 400, ...when, kind: 'not_found' as const, message: `Bluesky has no account ${who}.` }),
        ),
        { status: [401, 403], kind: 'unavailable', message: `Bluesky refused to show ${who} right now.` },
        { said: /./, kind: 'bad_request', message: `Bluesky refused to show ${who}{said}` },
      ],
    },
  };
}

export const postSearch: Service = {
  errors: {
    name: 'Bluesky',
    read,
    budget: BUDGET,
    rules: [
      {
        status: [401, 403],
        kind: 'unavailable',
        message:
          "Bluesky's public post search is closed to requests without an account at the moment (Bluesky switches it off under load); it will be tried again.",
      },
      { status: 400, kind: 'bad_request', message: 'Bluesky refused the search{said}' },
    ],
  },
};
