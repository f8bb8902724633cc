/**
 * Application-only OAuth (Reddit's OAuth2 wiki, "Application Only OAuth"): POST
 * `grant_type=client_credentials` to /api/v1/access_token with the app's id and secret as HTTP
 * Basic credentials; the answer `{access_token, token_type: "bearer", expires_in, scope}`
 * is then sent as `Authorization: bearer <token>` to oauth.reddit.com.
 */
import { z } from 'zod';
import { AuthExpired } from '../../../core/outbound/errors';
import { endpoint, fetchFrom, jsonOf } from '../platform-common';
import type { ReaderContext } from '../reader';
import { redditToken } from './errors';

const Token = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });

/** Tokens per app, per isolate, until a minute before they expire. */
const tokens = new Map<string, { token: string; expiresAt: number }>();

/** For tests, and after Reddit refused a token before its time. */
export function forgetRedditTokens(): void {
  tokens.clear();
}

/** A bearer token for the configured app, or null when no app is configured (the public JSON is used). */
export async function appToken(ctx: Pick<ReaderContext, 'env' | 'fetch'>): Promise<string | null> {
  const { REDDIT_CLIENT_ID: id, REDDIT_CLIENT_SECRET: secret, REDDIT_BASE: base } = ctx.env;
  if (!id || !secret) return null;
  const key = `${base} ${id}`;
  const cached = tokens.get(key);
  if (cached && cached.expiresAt > Date.now()) return cached.token;

  const fetched = await fetchFrom(ctx, redditToken, endpoint(base, '/api/v1/access_token'), {
    method: 'POST',
    accept: 'application/json',
    headers: {
      Authorization: `Basic ${btoa(`${id}:${secret}`)}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const json = jsonOf(fetched, redditToken);
  const parsed = Token.safeParse(json);
  if (!parsed.success) {
    // A refused grant can also come as 200 with {"error": "invalid_grant"}.
    const said = z.object({ error: z.string() }).safeParse(json);
    throw new AuthExpired(
      `Reddit gave no token for REDDIT_CLIENT_ID${said.success ? ` (${said.data.error})` : ''}: check the app at https://www.reddit.com/prefs/apps.`,
    );
  }
  const { access_token: token, expires_in: seconds } = parsed.data;
  tokens.set(key, { token, expiresAt: Date.now() + Math.max(0, seconds - 60) * 1000 });
  return token;
}
