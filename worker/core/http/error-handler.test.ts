import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { AuthExpired, BadRequest, NotFound, RateLimited, Refused, Unavailable, Unconfirmed } from '../outbound/errors';
import { handleError } from './error-handler';

/** An app whose one route throws `error`, answered by the one error handler. */
async function answer(error: Error) {
  const app = new Hono();
  app.onError(handleError);
  app.get('/', () => {
    throw error;
  });
  const res = await app.request('/');
  return { res, body: (await res.json()) as { type: string; status: number; detail: string } };
}

describe('outside services errors reaching a request', () => {
  it('answer as problems, never 500, whichever connector error a service let through', async () => {
    const cases: [Error, number, string][] = [
      [new RateLimited(42, 'api.example answered 429.'), 503, 'upstream-rate-limited'],
      [new AuthExpired('api.example refused our key.'), 422, 'upstream-auth-refused'],
      [new NotFound('There is no such channel.'), 422, 'upstream-not-found'],
      [new Refused('robots.txt forbids it.'), 422, 'outbound-refused'],
      [new BadRequest('api.example refused the request.'), 422, 'upstream-refused'],
      [new Unconfirmed('the post may have gone out.'), 502, 'upstream-unconfirmed'],
      [new Unavailable('api.example answered 503.'), 502, 'upstream-unavailable'],
    ];
    for (const [error, status, slug] of cases) {
      const { res, body } = await answer(error);
      expect(res.status, slug).toBe(status);
      expect(res.headers.get('Content-Type')).toContain('application/problem+json');
      expect(body.type).toMatch(new RegExp(`/${slug}$`));
      expect(body.detail).toBe(error.message);
    }
    expect((await answer(new RateLimited(42))).res.headers.get('Retry-After')).toBe('42');
  });

  it('keeps answering anything else as a bare 500', async () => {
    const { res, body } = await answer(new Error('secret internals'));
    expect(res.status).toBe(500);
    expect(body.detail).not.toContain('secret');
  });
});
