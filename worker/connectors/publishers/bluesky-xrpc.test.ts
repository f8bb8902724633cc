import { describe, expect, it } from 'vitest';
import { AuthExpired, BadRequest, NotFound, RateLimited, Unavailable } from '../../core/outbound/errors';
import { errorFromAnswer } from '../../core/outbound/http-errors';
import { xrpcErrors, xrpcUrl } from './bluesky-xrpc';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers(headers),
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const errors = xrpcErrors('the post');

describe('xrpcErrors', () => {
  it('reads a refused or expired session token as AuthExpired, with Bluesky’s words', () => {
    for (const error of ['ExpiredToken', 'InvalidToken']) {
      const got = errorFromAnswer(answer(400, { error, message: 'Token has expired' }), errors);
      expect(got).toBeInstanceOf(AuthExpired);
      expect(got.message).toBe('Bluesky refused the session: Token has expired');
    }
    expect(errorFromAnswer(answer(401, { error: 'AuthenticationRequired' }), errors)).toBeInstanceOf(AuthExpired);
  });

  it('waits as long as a 429 says, from its ratelimit-reset (a Unix time)', () => {
    const reset = Math.floor(Date.now() / 1000) + 120;
    const got = errorFromAnswer(
      answer(
        429,
        { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
        {
          'ratelimit-limit': '5000',
          'ratelimit-remaining': '0',
          'ratelimit-reset': String(reset),
        },
      ),
      errors,
    );
    expect(got).toBeInstanceOf(RateLimited);
    expect((got as RateLimited).retryAfter).toBeGreaterThanOrEqual(119);
    expect((got as RateLimited).retryAfter).toBeLessThanOrEqual(121);
  });

  it('says a missing record is NotFound, a refused post BadRequest, a failing PDS Unavailable', () => {
    expect(
      errorFromAnswer(answer(400, { error: 'RecordNotFound', message: 'Could not locate record' }), errors),
    ).toBeInstanceOf(NotFound);
    const refused = errorFromAnswer(
      answer(400, { error: 'InvalidRequest', message: 'Record/text must not be longer than 300 graphemes' }),
      errors,
    );
    expect(refused).toBeInstanceOf(BadRequest);
    expect(refused).not.toBeInstanceOf(NotFound);
    expect(refused.message).toBe('Bluesky refused the post: Record/text must not be longer than 300 graphemes');
    expect(errorFromAnswer(answer(500, { error: 'InternalServerError' }), errors)).toBeInstanceOf(Unavailable);
    expect(errorFromAnswer(answer(502, '<html>Bad gateway</html>'), errors)).toBeInstanceOf(Unavailable);
  });
});

describe('xrpcUrl', () => {
  it('puts the method under /xrpc of the PDS, also behind a path, with its parameters', () => {
    expect(xrpcUrl('https://pds.example.com', 'com.atproto.repo.getRecord', { repo: 'did:plc:x', rkey: '3k' })).toBe(
      'https://pds.example.com/xrpc/com.atproto.repo.getRecord?repo=did%3Aplc%3Ax&rkey=3k',
    );
    expect(xrpcUrl('https://example.com/pds/', 'com.atproto.server.createSession')).toBe(
      'https://example.com/pds/xrpc/com.atproto.server.createSession',
    );
  });
});
