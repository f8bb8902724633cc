import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const stub = (key: string) => env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(key));

describe('RateLimiter', () => {
  it('allows up to the limit, then answers when to retry', async () => {
    const limiter = stub('burst');
    const policy = { limit: 3, periodSeconds: 60 };
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.take('burst', policy));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
    // One token comes back every 20 s.
    expect(decisions[3]?.retryAfter).toBeGreaterThanOrEqual(19);
    expect(decisions[3]?.retryAfter).toBeLessThanOrEqual(20);
    expect(decisions[3]?.resetAfter).toBeLessThanOrEqual(60);
  });

  it('refills over time', async () => {
    const limiter = stub('fast');
    const fast = { limit: 1, periodSeconds: 0.2 };
    expect((await limiter.take('fast', fast)).allowed).toBe(true);
    expect((await limiter.take('fast', fast)).allowed).toBe(false);
    await new Promise((r) => setTimeout(r, 250));
    expect((await limiter.take('fast', fast)).allowed).toBe(true);
  });

  it('keeps buckets apart by key and takes a custom cost', async () => {
    const limiter = stub('shared');
    const policy = { limit: 5, periodSeconds: 60 };
    expect((await limiter.take('a', { ...policy, cost: 5 })).remaining).toBe(0);
    expect((await limiter.take('a', policy)).allowed).toBe(false);
    expect((await limiter.take('b', policy)).remaining).toBe(4);
  });

  it('persists across eviction, and forgets a bucket once it is full again', async () => {
    const limiter = stub('persist');
    const policy = { limit: 2, periodSeconds: 60 };
    await limiter.take('persist', policy);
    await limiter.take('persist', policy);
    await evictDurableObject(limiter);
    expect((await limiter.take('persist', policy)).allowed).toBe(false);
    // The alarm only forgets buckets that are full again; this one is still empty.
    expect(await runDurableObjectAlarm(limiter)).toBe(true);
    expect((await limiter.take('persist', policy)).allowed).toBe(false);
    const quick = { limit: 1, periodSeconds: 0.1 };
    await limiter.take('quick', quick);
    await new Promise((r) => setTimeout(r, 150));
    await runDurableObjectAlarm(limiter);
    const rows = await runInDurableObject(limiter, (_instance, state) =>
      state.storage.sql
        .exec<{ key: string }>('SELECT key FROM buckets')
        .toArray()
        .map((r) => r.key),
    );
    expect(rows).toEqual(['persist']);
  });

  it('refund gives a token back, never past the limit', async () => {
    const limiter = stub('refund');
    const policy = { limit: 2, periodSeconds: 60 };
    await limiter.take('refund', policy);
    await limiter.take('refund', policy);
    expect((await limiter.take('refund', policy)).allowed).toBe(false);
    await limiter.refund('refund', policy);
    expect((await limiter.take('refund', policy)).remaining).toBe(0);
    await limiter.refund('refund', policy);
    await limiter.refund('refund', policy);
    await limiter.refund('refund', policy);
    expect((await limiter.take('refund', policy)).remaining).toBe(1);
    // A bucket never taken from is full: nothing to give back.
    await limiter.refund('untouched', policy);
    expect((await limiter.take('untouched', policy)).remaining).toBe(1);
  });

  it('reset forgets a key', async () => {
    const limiter = stub('reset');
    const policy = { limit: 1, periodSeconds: 60 };
    await limiter.take('reset', policy);
    await limiter.reset('reset');
    expect((await limiter.take('reset', policy)).allowed).toBe(true);
  });
});
