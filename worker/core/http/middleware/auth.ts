import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { verifyToken } from '../../../lib/jwt';
import { API_KEY_PREFIX, authenticateApiKey } from '../api-key-auth';
import type { AppEnv } from '../app-env';
import { Forbidden, Unauthorized } from '../errors';

/**
 * Resolves `Authorization: Bearer …` to a principal: an access JWT (15 minutes, from sign-in)
 * or an API key (`cn_…`). Anything else is 401.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header('Authorization');
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  if (!match?.[1]) throw new Unauthorized();
  const token = match[1];
  if (token.startsWith(API_KEY_PREFIX)) {
    const principal = await authenticateApiKey(c.get('db'), token, (p) => c.executionCtx.waitUntil(p));
    if (!principal) throw new Unauthorized('This API key is not valid or has been revoked.');
    c.set('principal', principal);
  } else {
    const claims = await verifyToken(c.env.JWT_SECRET, 'api', token);
    if (!claims) throw new Unauthorized('The access token is invalid or has expired. Refresh it or sign in again.');
    c.set('principal', { kind: 'user', userId: claims.sub });
  }
  await next();
});

/** The signed-in user behind the request; API keys are refused where a person must act. */
export function currentUserId(c: Context<AppEnv>): string {
  const principal = c.get('principal');
  if (principal.kind !== 'user') throw new Forbidden('This needs a signed-in user; API keys cannot do it.');
  return principal.userId;
}

/**
 * For routes only a person may use: creating and revoking API keys, and managing members and
 * invitations. A key that could do these could mint keys that outlive its own revocation, or
 * let in people nobody signed off on.
 */
export const peopleOnly = createMiddleware<AppEnv>(async (c, next) => {
  currentUserId(c);
  await next();
});
