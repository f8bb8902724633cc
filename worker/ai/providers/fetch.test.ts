import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { failure } from '../../../test/ai-provider-contract';
import { fixturePath } from '../../../test/outbound';
import { AuthExpired, BadRequest, RateLimited, Refused, Unavailable } from '../../core/outbound/errors';
import { providerFetch, providerMessage } from './fetch';

describe('providerFetch', () => {
  it('passes an answer through with its status and headers', async () => {
    const f = fixturePath();
    const res = await providerFetch(env)(f.url('/echo'), { method: 'POST', body: '{"a":1}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(((await res.json()) as { method: string }).method).toBe('POST');
    expect((await f.sent())[0]?.body).toBe('{"a":1}');
  });

  it('maps statuses once for every provider', async () => {
    const f = fixturePath();
    const status = (code: number, query = '') => failure(providerFetch(env)(f.url(`/status/${code}${query}`)));
    const limited = await status(429, '?retry-after=7');
    expect(limited).toBeInstanceOf(RateLimited);
    expect((limited as RateLimited).retryAfter).toBe(7);
    expect((limited as RateLimited).message).toMatch(/answered 429: status 429/);
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    expect(
      ((await status(429, `?retry-after=${encodeURIComponent(inTwoMinutes)}`)) as RateLimited).retryAfter,
    ).toBeGreaterThan(100);
    expect(((await status(429)) as RateLimited).retryAfter).toBe(60);
    expect(await status(401)).toBeInstanceOf(AuthExpired);
    expect(await status(403)).toBeInstanceOf(AuthExpired);
    for (const code of [500, 502, 503, 529, 408]) expect(await status(code), String(code)).toBeInstanceOf(Unavailable);
    for (const code of [400, 404, 413, 422]) expect(await status(code), String(code)).toBeInstanceOf(BadRequest);
  });

  it('refuses redirects instead of following them', async () => {
    const f = fixturePath();
    const error = await failure(providerFetch(env)(f.url('/redirect?to=/files/robots/robots.txt')));
    expect(error).toBeInstanceOf(Refused);
    expect((error as Refused).message).toMatch(/redirects to \/files\/robots\/robots\.txt/);
    expect(await f.sent()).toHaveLength(1);
  });

  it('refuses private destinations, by address or by what the name resolves to', async () => {
    for (const url of [
      'http://10.0.0.1/v1/chat/completions',
      'http://169.254.169.254/',
      'https://llm.private.test/v1',
    ]) {
      expect(await failure(providerFetch(env)(url)), url).toBeInstanceOf(Refused);
    }
    expect(await failure(providerFetch(env)('http://localhost:11434/v1'))).toBeInstanceOf(Refused);
  });

  it('times out as Unavailable', async () => {
    const f = fixturePath();
    const error = await failure(providerFetch(env, { timeoutMs: 100 })(f.url('/slow?ms=3000')));
    expect(error).toBeInstanceOf(Unavailable);
    expect((error as Unavailable).message).toMatch(/did not answer within 0.1 s/);
  });

  it("leaves a caller's own abort as it is", async () => {
    const f = fixturePath();
    const controller = new AbortController();
    const pending = failure(providerFetch(env)(f.url('/slow?ms=3000'), { signal: controller.signal }));
    controller.abort();
    expect(await pending).not.toBeInstanceOf(Unavailable);
  });
});

describe('providerMessage', () => {
  it("reads the provider's own explanation from its documented error body", () => {
    expect(providerMessage('{"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}}')).toBe(
      'Incorrect API key provided',
    );
    expect(providerMessage('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}')).toBe(
      'Overloaded',
    );
    expect(providerMessage('{"error":{"code":400,"message":"API key not valid.","status":"INVALID_ARGUMENT"}}')).toBe(
      'API key not valid.',
    );
    expect(providerMessage('{"error":"model \\"llama9\\" not found, try pulling it first"}')).toBe(
      'model "llama9" not found, try pulling it first',
    );
    expect(providerMessage('upstream connect error')).toBe('upstream connect error');
    expect(providerMessage('<html><body>Bad gateway</body></html>')).toBeNull();
    expect(providerMessage('{"detail":"x"}')).toBeNull();
  });
});
