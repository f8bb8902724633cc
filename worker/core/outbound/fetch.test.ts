import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { envWith, fixturePath } from '../../../test/outbound';
import { BadRequest, RateLimited, Refused, Unavailable } from './errors';
import { outboundFetch } from './fetch';
import { forgetRobots } from './robots';

beforeEach(() => forgetRobots());

describe('outboundFetch', () => {
  it('fetches, decodes by charset and returns validators; a conditional repeat is not modified', async () => {
    const f = fixturePath();
    const first = await outboundFetch(env, f.url('/files/outbound/note.xml'));
    expect(first.status).toBe(200);
    expect(first.text().text).toContain('Zoë');
    expect(first.etag).toMatch(/^"/);
    const again = await outboundFetch(env, f.url('/files/outbound/note.xml'), {
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(again.notModified).toBe(true);
    expect(again.bytes.byteLength).toBe(0);
    const sent = await f.sent();
    expect(sent[1]?.headers['if-none-match']).toBe(first.etag);
    expect(sent[0]?.headers['user-agent']).toMatch(/^CrowsnestBot\/1\.0/);
  });

  it('decompresses gzip and brotli answers', async () => {
    const f = fixturePath();
    for (const encoding of ['gzip', 'br']) {
      const res = await outboundFetch(env, f.url(`/files/outbound/note.xml?encoding=${encoding}`));
      expect(res.text().text).toContain('“quoted”');
    }
  });

  it('follows up to five redirects and refuses a sixth', async () => {
    const f = fixturePath();
    const target = encodeURIComponent('/files/outbound/note.xml');
    const ok = await outboundFetch(env, f.url(`/hops/5?to=${target}`));
    expect(ok.url).toContain('/files/outbound/note.xml');
    await expect(outboundFetch(env, f.url(`/hops/6?to=${target}`))).rejects.toThrow(/More than 5 redirects/);
  });

  it('checks every redirect against the guard', async () => {
    const f = fixturePath();
    for (const to of [
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'https://a.private.test/',
      `http://127.0.0.1:1/`,
      'file:///etc/passwd',
    ]) {
      await expect(outboundFetch(env, f.url(`/redirect?to=${encodeURIComponent(to)}`))).rejects.toThrow(Refused);
    }
  });

  it('refuses bodies over the cap, whether announced or streamed', async () => {
    const f = fixturePath();
    const small = envWith({ OUTBOUND_MAX_BYTES: '100000' });
    await expect(outboundFetch(small, f.url('/big?bytes=200000&length=1'))).rejects.toThrow(/larger than 100000 bytes/);
    await expect(outboundFetch(small, f.url('/big?bytes=200000'))).rejects.toThrow(/larger than 100000 bytes/);
    expect((await outboundFetch(small, f.url('/big?bytes=99000'))).bytes.byteLength).toBe(99000);
    await expect(outboundFetch(env, f.url('/big?bytes=6000000'))).rejects.toThrow(/larger than 5242880 bytes/);
  });

  it('gives up on slow servers', async () => {
    const f = fixturePath();
    await expect(outboundFetch(env, f.url('/slow?ms=3000'), { timeoutMs: 200 })).rejects.toThrow(Unavailable);
  });

  it('turns statuses into typed errors', async () => {
    const f = fixturePath();
    const limited = await outboundFetch(env, f.url('/status/429?retry-after=42')).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimited);
    expect((limited as RateLimited).retryAfter).toBe(42);
    await expect(outboundFetch(env, f.url('/status/503'))).rejects.toThrow(Unavailable);
    const missing = await outboundFetch(env, f.url('/status/404')).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(BadRequest);
    expect((missing as BadRequest).status).toBe(404);
  });

  it('waits its turn: requests to one host are spaced by HOST_REQUESTS_PER_SECOND', async () => {
    const f = fixturePath();
    const polite = envWith({ HOST_REQUESTS_PER_SECOND: '4' });
    for (let i = 0; i < 3; i++) await outboundFetch(polite, f.url('/files/outbound/note.xml'));
    const times = (await f.sent()).map((r) => r.at);
    for (let i = 1; i < times.length; i++) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(240);
  });
});

describe('robots.txt', () => {
  it('keeps the bot out of what robots.txt disallows for it, without requesting the page', async () => {
    const f = fixturePath();
    await expect(outboundFetch(env, f.url('/no-crowsnest/page.html'), { robots: true })).rejects.toThrow(/robots\.txt/);
    expect(await f.sent()).toEqual([]);
    // The group for CrowsnestBot allows /private/, which only * may not fetch.
    await expect(outboundFetch(env, f.url('/files/outbound/note.xml'), { robots: true })).resolves.toMatchObject({
      status: 200,
    });
  });

  it('caches robots.txt in D1 for a day', async () => {
    const f = fixturePath();
    await outboundFetch(env, f.url('/files/outbound/note.xml'), { robots: true });
    const row = await env.DB.prepare('SELECT status, expires_at - fetched_at AS ttl FROM robots_cache WHERE origin = ?')
      .bind(env.FIXTURE_ORIGIN)
      .first<{ status: number; ttl: number }>();
    expect(row).toEqual({ status: 200, ttl: 86_400_000 });
  });

  it('allows everything when a site has no robots.txt, and waits when it cannot be read', async () => {
    const port = new URL(env.FIXTURE_ORIGIN).port;
    const local = envWith({ OUTBOUND_ALLOW_HOSTS: `localhost:${port},127.0.0.1:1` });
    await expect(
      outboundFetch(local, `http://localhost:${port}/files/outbound/note.xml`, { robots: true }),
    ).resolves.toMatchObject({ status: 200 });
    await expect(outboundFetch(local, 'http://127.0.0.1:1/page', { robots: true })).rejects.toThrow(Unavailable);
  });
});
