import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { RateDecision, RatePolicy } from '../../../../durable-objects/rate-limiter';
import type { AppEnv } from '../app-env';
import { TooManyRequests } from '../errors';

/** Takes a token from `key`'s bucket in the RateLimiter object. */
export function take(env: Env, key: string, policy: RatePolicy): Promise<RateDecision> {
  return env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(key)).take(key, policy);
}

/** RateLimit header fields (draft-ietf-httpapi-ratelimit-headers). */
export function rateLimitHeaders(decision: RateDecision, policy: RatePolicy): Record<string, string> {
  return {
    'RateLimit-Policy': `${policy.limit};w=${policy.periodSeconds}`,
    'RateLimit-Limit': String(decision.limit),
    'RateLimit-Remaining': String(decision.remaining),
    'RateLimit-Reset': String(decision.resetAfter),
  };
}

/** Takes a token or throws 429 with Retry-After; on success the headers go on the answer. */
export async function enforce(c: Context<AppEnv>, key: string, policy: RatePolicy): Promise<void> {
  const decision = await take(c.env, key, policy);
  const headers = rateLimitHeaders(decision, policy);
  if (!decision.allowed) throw new TooManyRequests(decision.retryAfter, headers);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
}

export function apiPolicy(env: Env): RatePolicy {
  return { limit: positiveInt(env.API_RATE_LIMIT_PER_MINUTE, 120), periodSeconds: 60 };
}

/** Per email address: slows password guessing against one account. */
export function loginPolicy(env: Env): RatePolicy {
  return { limit: positiveInt(env.LOGIN_RATE_LIMIT, 10), periodSeconds: 15 * 60 };
}

/** Per IP address, for sign-in and sign-up: looser, since many people can share an address. */
export function loginIpPolicy(env: Env): RatePolicy {
  return { limit: positiveInt(env.LOGIN_IP_RATE_LIMIT, 100), periodSeconds: 15 * 60 };
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** Per-caller API budget: one bucket per user and one per API key. */
export function takeApiToken(c: Context<AppEnv>): Promise<void> {
  const principal = c.get('principal');
  const key = principal.kind === 'user' ? `api:user:${principal.userId}` : `api:key:${principal.keyId}`;
  return enforce(c, key, apiPolicy(c.env));
}

export const apiRateLimit = createMiddleware<AppEnv>(async (c, next) => {
  await takeApiToken(c);
  await next();
});
