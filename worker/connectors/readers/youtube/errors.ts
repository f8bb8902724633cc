/**
 * YouTube's error answers in connector terms. The Data API answers
 * `{error: {code, message, errors: [{reason, domain}], status, details: [{reason}]}}`; older
 * answers name the problem in `errors[].reason` (keyInvalid, quotaExceeded), newer ones in an
 * ErrorInfo `details[].reason` (API_KEY_INVALID) with a vaguer `errors[].reason`.
 */
import { z } from 'zod';
import { AuthExpired, BadRequest, type ConnectorError, RateLimited, Unavailable } from '../../../core/outbound/errors';
import { type ErrorAnswer, jsonOrNull, lenient, type Service } from '../platform-common';

const ApiError = z.object({
  error: z.object({
    message: lenient(z.string()),
    errors: lenient(z.array(z.object({ reason: lenient(z.string()) }))),
    details: lenient(z.array(z.object({ reason: lenient(z.string()) }))),
  }),
});

/** The daily quota: it comes back at midnight Pacific time. */
const QUOTA = new Set(['quotaExceeded', 'dailyLimitExceeded', 'dailyLimitExceededUnreg']);
/** Per-minute limits: a short wait is enough. */
const THROTTLED = new Set([
  'rateLimitExceeded',
  'userRateLimitExceeded',
  'servingLimitExceeded',
  'RATE_LIMIT_EXCEEDED',
]);
/** The key itself: wrong, expired, restricted elsewhere, or its project lacks the API. */
const KEY = new Set([
  'keyInvalid',
  'keyExpired',
  'API_KEY_INVALID',
  'API_KEY_EXPIRED',
  'accessNotConfigured',
  'SERVICE_DISABLED',
  'ipRefererBlocked',
  'API_KEY_HTTP_REFERRER_BLOCKED',
  'API_KEY_IP_ADDRESS_BLOCKED',
  'API_KEY_SERVICE_BLOCKED',
]);

/**
 * Seconds until the Data API quota resets (midnight in Los Angeles). Counted from the wall
 * clock there, so on the two DST change days it may be an hour off: one early retry or one
 * hour's wait, never a lost day.
 */
export function secondsUntilQuotaReset(now = new Date()): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Los_Angeles',
    hourCycle: 'h23',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const elapsed = part('hour') * 3600 + part('minute') * 60 + part('second');
  return Math.max(60, 86_400 - elapsed + 60);
}

function describe(body: string): { reasons: Set<string>; message: string | null } {
  const parsed = ApiError.safeParse(jsonOrNull(body));
  if (!parsed.success) return { reasons: new Set(), message: null };
  const { errors = [], details = [], message } = parsed.data.error;
  const reasons = new Set([...errors, ...details].flatMap((e) => (e.reason ? [e.reason] : [])));
  // Google links the word "quota" to its docs: keep the words, drop the markup.
  return { reasons, message: message ? message.replace(/<[^>]*>/g, '') : null };
}

const hasAny = (reasons: Set<string>, wanted: Set<string>) => [...reasons].some((r) => wanted.has(r));

/** The Data API with YOUTUBE_API_KEY. */
export const youtubeApi: Service = {
  name: 'The YouTube Data API',
  mapError({ status, body }: ErrorAnswer, error: ConnectorError): ConnectorError {
    const { reasons, message } = describe(body);
    const said = message ? `: ${message}` : '.';
    if (hasAny(reasons, QUOTA) || (status === 403 && !body)) {
      // With no body to tell, a 403 to a key-only request is nearly always the spent quota.
      return new RateLimited(
        secondsUntilQuotaReset(),
        'The YouTube Data API quota of YOUTUBE_API_KEY is used up for today; it resets at midnight Pacific time.',
        status,
      );
    }
    if (hasAny(reasons, THROTTLED)) return new RateLimited(60, `The YouTube Data API is throttling us${said}`, status);
    if (hasAny(reasons, KEY) || /API key not valid/i.test(message ?? ''))
      return new AuthExpired(
        `YouTube refused YOUTUBE_API_KEY${said} Check the key and that its project has the YouTube Data API v3 enabled.`,
        status,
      );
    if (status >= 500 || reasons.has('backendError') || reasons.has('SERVICE_UNAVAILABLE'))
      return new Unavailable(`The YouTube Data API is failing (${status})${said}`, status);
    return message ? new BadRequest(`The YouTube Data API refused the request${said}`, status) : error;
  },
};

/** The public channel feed: a 404 means no such channel (or one without public videos). */
export function youtubeFeed(channelId: string): Service {
  return {
    name: 'YouTube',
    mapError: ({ status }, error) =>
      status === 404 || status === 400 ? new BadRequest(`YouTube has no public channel ${channelId}.`, status) : error,
  };
}
