/**
 * YouTube's error answers in connector terms. The Data API answers
 * `{error: {code, message, errors: [{reason, domain}], status, details: [{reason}]}}`; older
 * answers name the problem in `errors[].reason` (keyInvalid, quotaExceeded), newer ones in an
 * ErrorInfo `details[].reason` (API_KEY_INVALID) with a vaguer `errors[].reason`.
 */
import { z } from 'zod';
import type { ServiceSays } from '../../../core/outbound/http-errors';
import { jsonOrNull, lenient, type Service } from '../platform-common';

const ApiError = z.object({
  error: z.object({
    message: lenient(z.string()),
    errors: lenient(z.array(z.object({ reason: lenient(z.string()) }))),
    details: lenient(z.array(z.object({ reason: lenient(z.string()) }))),
  }),
});

/** The daily quota: it comes back at midnight Pacific time. */
const QUOTA = ['quotaExceeded', 'dailyLimitExceeded', 'dailyLimitExceededUnreg'];
/** Per-minute limits: a short wait is enough. */
const THROTTLED = ['rateLimitExceeded', 'userRateLimitExceeded', 'servingLimitExceeded', 'RATE_LIMIT_EXCEEDED'];
/** The key itself: wrong, expired, restricted elsewhere, or its project lacks the API. */
const KEY = [
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
];

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

/** The Data API's error body: the reasons it names and its message (without Google's link markup). */
function read(body: string): ServiceSays | null {
  const parsed = ApiError.safeParse(jsonOrNull(body));
  if (!parsed.success) return null;
  const { errors = [], details = [], message } = parsed.data.error;
  return {
    codes: [...errors, ...details].flatMap((e) => (e.reason ? [e.reason] : [])),
    message: message ? message.replace(/<[^>]*>/g, '') : null,
  };
}

const QUOTA_SPENT =
  'The YouTube Data API quota of YOUTUBE_API_KEY is used up for today; it resets at midnight Pacific time.';

/** The Data API with YOUTUBE_API_KEY. */
export const youtubeApi: Service = {
  errors: {
    name: 'The YouTube Data API',
    authenticated: true,
    read,
    rules: [
      { code: QUOTA, kind: 'rate_limited', retryAfter: () => secondsUntilQuotaReset(), message: QUOTA_SPENT },
      // With no body to tell, a 403 to a key-only request is nearly always the spent quota.
      {
        status: 403,
        body: 'empty',
        kind: 'rate_limited',
        retryAfter: () => secondsUntilQuotaReset(),
        message: QUOTA_SPENT,
      },
      { code: THROTTLED, kind: 'rate_limited', retryAfter: 60, message: 'The YouTube Data API is throttling us{said}' },
      ...[{ code: KEY }, { said: /API key not valid/i }].map((when) => ({
        ...when,
        kind: 'auth_expired' as const,
        message:
          'YouTube refused YOUTUBE_API_KEY{said} Check the key and that its project has the YouTube Data API v3 enabled.',
      })),
      {
        code: ['backendError', 'SERVICE_UNAVAILABLE'],
        kind: 'unavailable',
        message: 'The YouTube Data API is failing ({status}){said}',
      },
      {
        status: [500, 502, 503, 504],
        kind: 'unavailable',
        message: 'The YouTube Data API is failing ({status}){said}',
      },
      { said: /./, kind: 'bad_request', message: 'The YouTube Data API refused the request{said}' },
    ],
  },
};

/** The public channel feed: a 404 means no such channel (or one without public videos). */
export function youtubeFeed(channelId: string): Service {
  return {
    errors: {
      name: 'YouTube',
      rules: [{ status: [400, 404], kind: 'not_found', message: `YouTube has no public channel ${channelId}.` }],
    },
  };
}
