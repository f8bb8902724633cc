import { describe, expect, it } from 'vitest';
import { hashPassword, PBKDF2_ITERATIONS, randomToken, sha256Hex, verifyPassword } from './crypto';
import { randomAlphanumeric } from './crypto-alnum';

describe('passwords', () => {
  it('hash with a fresh salt each time and verify only the right password', async () => {
    const a = await hashPassword('hunter2 hunter2');
    const b = await hashPassword('hunter2 hunter2');
    expect(a).not.toBe(b);
    expect(a.startsWith(`pbkdf2-sha256$${PBKDF2_ITERATIONS}$`)).toBe(true);
    expect(await verifyPassword('hunter2 hunter2', a)).toBe(true);
    expect(await verifyPassword('hunter2 hunter3', a)).toBe(false);
  });

  it('verify hashes made with another iteration count, and refuse malformed ones', async () => {
    // Same salt and hash, other count: the derivation differs, so it must not verify.
    const recounted = (await hashPassword('pw')).replace(`$${PBKDF2_ITERATIONS}$`, '$1000$');
    expect(await verifyPassword('pw', recounted)).toBe(false);
    expect(await verifyPassword('pw', 'plain')).toBe(false);
    expect(await verifyPassword('pw', 'md5$1$a$b')).toBe(false);
  });

  it('refuse stored hashes above the production iteration cap without deriving', async () => {
    const stored = await hashPassword('pw');
    expect(await verifyPassword('pw', stored.replace(`$${PBKDF2_ITERATIONS}$`, '$100000000$'))).toBe(false);
  });
});

describe('tokens', () => {
  it('are random and url-safe', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => randomToken()));
    expect(tokens.size).toBe(100);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('alphanumerics are uniform enough and of the asked length', () => {
    const sample = randomAlphanumeric(62_000);
    expect(sample).toMatch(/^[A-Za-z0-9]{62000}$/);
    const counts = new Map<string, number>();
    for (const ch of sample) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(62);
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(200);
  });

  it('sha256Hex matches the known digest', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
