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

/**
 * Takes a token or throws 429 with Retry-After. The headers go on the answer either way: set
 * on the context, they also replace those of a bucket consulted earlier in the request, which
 * would otherwise show on the 429 instead of the refusing bucket's.
 */
export async function enforce(c: Context<AppEnv>, key: string, policy: RatePolicy): Promise<void> {
  const decision = await take(c.env, key, policy);
  const headers = rateLimitHeaders(decision, policy);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  if (!decision.allowed) throw new TooManyRequests(decision.retryAfter, headers);
}

export interface Bucket {
  key: string;
  policy: RatePolicy;
}

function refund(env: Env, { key, policy }: Bucket): Promise<void> {
  return env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(key)).refund(key, policy);
}

/**
 * Takes a token from every bucket at once (one object each, side by side). When any refuses,
 * the others get theirs back, so a refused call spends nothing, and the 429 carries the headers
 * of the bucket that would wait longest. Resolves to a function that gives every token back,
 * for a call that turns out not to count (a sign-in that succeeded). The answer keeps the
 * headers set before, if any.
 */
export async function enforceAll(c: Context<AppEnv>, buckets: Bucket[]): Promise<() => Promise<void>> {
  const decisions = await Promise.all(buckets.map((bucket) => take(c.env, bucket.key, bucket.policy)));
  const giveBack = (which: Bucket[]) => Promise.all(which.map((bucket) => refund(c.env, bucket))).then(() => {});
  let refused: number | undefined;
  for (const [i, decision] of decisions.entries()) {
    if (!decision.allowed && (refused === undefined || decision.retryAfter > (decisions[refused]?.retryAfter ?? 0))) {
      refused = i;
    }
  }
  const bucket = refused === undefined ? undefined : buckets[refused];
  const decision = refused === undefined ? undefined : decisions[refused];
  if (!bucket || !decision) return () => giveBack(buckets);
  await giveBack(buckets.filter((_, i) => decisions[i]?.allowed));
  const headers = rateLimitHeaders(decision, bucket.policy);
  for (const [name, value] of Object.entries(headers)) c.header(name, value);
  throw new TooManyRequests(decision.retryAfter, headers);
}

/**
 * Failed sign-ins per email address and IP address. Only failures count, and only from one
 * address, so someone guessing a password cannot lock its owner out elsewhere (OWASP
 * Authentication Cheat Sheet, "Account Lockout").
 */
export function loginPolicy(env: Env): RatePolicy {
  return { limit: positiveInt(env.LOGIN_RATE_LIMIT, 10), periodSeconds: 15 * 60 };
}

/**
 * Failed sign-ins per email address from all addresses together: a ceiling well above the
 * per-address one, against guessing spread over many addresses. Past it the bucket slows
 * attempts to its refill rate (one every 9 s by default) rather than shutting the account.
 */
export function loginEmailPolicy(env: Env): RatePolicy {
  return { limit: positiveInt(env.LOGIN_EMAIL_RATE_LIMIT, 100), periodSeconds: 15 * 60 };
}

/** Per IP address, for sign-in and sign-up: looser, since many people can share an address. */
export function loginIpPolicy(env: Env): RatePolicy {
  return { limit: positiveInt(env.LOGIN_IP_RATE_LIMIT, 100), periodSeconds: 15 * 60 };
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The `period` of `[[ratelimits]] API_RATE_LIMIT` in wrangler.toml, in seconds (10 or 60). */
const API_WINDOW_SECONDS = 60;

/**
 * Per-caller API budget, one count per user and one per API key, kept by Workers Rate Limiting
 * (the `API_RATE_LIMIT` binding) at the Cloudflare location that serves the request: no round
 * trip to a Durable Object on every API call. Its counts are per location and approximate,
 * which a budget can afford; the sign-in limits, which must be exact, stay in RateLimiter.
 *
 * The binding answers only yes or no, so an answer claims no remaining count or reset time
 * (draft-ietf-httpapi-ratelimit-headers lets a server send only the fields it knows). A
 * refusal knows one thing more: nothing is left. Its Retry-After and RateLimit-Reset are one
 * window, the longest a count lasts, since the binding does not say when this one ends.
 */
export async function takeApiToken(c: Context<AppEnv>): Promise<void> {
  const principal = c.get('principal');
  const key = principal.kind === 'user' ? `user:${principal.userId}` : `key:${principal.keyId}`;
  const { success } = await c.env.API_RATE_LIMIT.limit({ key });
  if (!success) {
    throw new TooManyRequests(API_WINDOW_SECONDS, {
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': String(API_WINDOW_SECONDS),
    });
  }
}

export const apiRateLimit = createMiddleware<AppEnv>(async (c, next) => {
  await takeApiToken(c);
  await next();
});
