import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import keyInvalid from '../../../../test/fixtures/recorded/youtube/error-key-invalid.json';
import keyInvalidLegacy from '../../../../test/fixtures/recorded/youtube/error-key-invalid-legacy.json';
import quotaExceeded from '../../../../test/fixtures/recorded/youtube/error-quota-exceeded.json';
import { AuthExpired, BadRequest, RateLimited, Unavailable } from '../../../core/outbound/errors';
import { errorFromAnswer } from '../../../core/outbound/http-errors';
import { forgetHolds } from '../platform-common';
import type { ReaderContext } from '../reader';
import { secondsUntilQuotaReset, youtubeApi } from './errors';
import { youtubeReader } from './reader';

const map = (status: number, body: unknown) =>
  errorFromAnswer({ status, headers: new Headers(), body: body === '' ? '' : JSON.stringify(body) }, youtubeApi.errors);

beforeEach(() => forgetHolds());

describe('YouTube Data API errors', () => {
  it('waits for the daily quota to reset', () => {
    const error = map(403, quotaExceeded);
    expect(error).toBeInstanceOf(RateLimited);
    expect(Math.abs((error as RateLimited).retryAfter - secondsUntilQuotaReset())).toBeLessThanOrEqual(1);
    expect(error.message).toMatch(/quota of YOUTUBE_API_KEY is used up/);
    // Without a body to read, a 403 to a key-only request is taken as the quota.
    expect(map(403, '')).toBeInstanceOf(RateLimited);
  });

  it('asks a person to fix a refused key, in the old and the new error shape', () => {
    for (const body of [keyInvalid, keyInvalidLegacy]) {
      const error = map(400, body);
      expect(error).toBeInstanceOf(AuthExpired);
      expect(error.message).toMatch(/^YouTube refused YOUTUBE_API_KEY/);
    }
    expect(
      map(403, { error: { code: 403, message: 'no', errors: [{ reason: 'accessNotConfigured' }] } }),
    ).toBeInstanceOf(AuthExpired);
  });

  it('tells throttling, outages and bad requests apart', () => {
    const throttled = map(403, { error: { errors: [{ reason: 'userRateLimitExceeded' }] } });
    expect((throttled as RateLimited).retryAfter).toBe(60);
    expect(map(503, { error: { message: 'Backend Error', errors: [{ reason: 'backendError' }] } })).toBeInstanceOf(
      Unavailable,
    );
    const bad = map(400, { error: { message: "Invalid value for parameter 'id'", errors: [{ reason: 'invalid' }] } });
    expect(bad).toBeInstanceOf(BadRequest);
    expect(bad.message).toBe("The YouTube Data API refused the request: Invalid value for parameter 'id'");
    // With nothing in the body, the status speaks.
    expect(map(400, '').message).toBe('The YouTube Data API answered 400.');
  });

  it('counts the seconds to midnight in Los Angeles, daylight saving or not', () => {
    expect(secondsUntilQuotaReset(new Date('2026-01-15T07:59:00Z'))).toBe(60 + 60); // 23:59 PST
    expect(secondsUntilQuotaReset(new Date('2026-07-15T07:00:00Z'))).toBe(86_400 + 60); // 00:00 PDT
    expect(secondsUntilQuotaReset(new Date('2026-07-15T19:00:00Z'))).toBe(12 * 3600 + 60); // noon PDT
  });
});

describe('YouTube reader on error answers with their bodies', () => {
  /** A fetch that fails as outboundFetch does, keeping the answer's body on the error. */
  function failing(status: number, body: unknown): ReaderContext & { calls: string[] } {
    const calls: string[] = [];
    return {
      env: { ...env, YOUTUBE_API_KEY: 'k' },
      previous: { etag: null, lastModified: null },
      calls,
      fetch: async (url) => {
        calls.push(url);
        throw Object.assign(new BadRequest(`answered ${status}`, status), { body: JSON.stringify(body) });
      },
    };
  }

  it('surfaces a refused key as AuthExpired', async () => {
    await expect(youtubeReader.read(failing(400, keyInvalid), { query: 'x' })).rejects.toThrow(AuthExpired);
  });

  it('sends nothing more to the API once its quota is spent', async () => {
    const ctx = failing(403, quotaExceeded);
    await expect(youtubeReader.read(ctx, { query: 'x' })).rejects.toThrow(RateLimited);
    await expect(youtubeReader.read(ctx, { query: 'y' })).rejects.toThrow(/asked us to wait/);
    expect(ctx.calls).toHaveLength(1);
  });
});
