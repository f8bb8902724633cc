import { describe, expect, it } from 'vitest';
import { encodeTid, newTid, TID_SYNTAX, tidMicros } from './tid';

describe('newTid', () => {
  it('is valid TID syntax (the atproto spec regex)', () => {
    for (let i = 0; i < 50; i++) expect(newTid()).toMatch(TID_SYNTAX);
  });

  it('increases strictly, also within one millisecond', () => {
    const now = Date.now();
    const tids = Array.from({ length: 500 }, () => newTid(now));
    expect(new Set(tids).size).toBe(tids.length);
    expect([...tids].sort()).toEqual(tids);
  });

  it('carries the time it was made, in microseconds', () => {
    const before = Date.now();
    const micros = tidMicros(newTid());
    expect(micros).toBeGreaterThanOrEqual(before * 1000);
    // Earlier TIDs of this isolate may have stepped it a few microseconds past the clock.
    expect(micros).toBeLessThan((Date.now() + 1) * 1000 + 1000);
  });

  it('keeps increasing when the clock goes back', () => {
    const later = newTid(Date.now() + 2);
    expect(newTid(Date.now()) > later).toBe(true);
  });
});

describe('encodeTid', () => {
  it('matches the spec example layout: zero is all 2s, the clock id in the last two characters', () => {
    expect(encodeTid(0, 0)).toBe('2222222222222');
    expect(encodeTid(0, 1)).toBe('2222222222223');
    expect(encodeTid(1, 0)).toBe('2222222222322');
  });

  it('round-trips the timestamp', () => {
    expect(tidMicros(encodeTid(1_700_000_000_123_456, 777))).toBe(1_700_000_000_123_456);
  });

  it('orders by time first, then clock id', () => {
    expect(encodeTid(1_700_000_000_000_001, 0) > encodeTid(1_700_000_000_000_000, 1023)).toBe(true);
  });

  it('refuses to read what is not a TID', () => {
    expect(tidMicros('3jzfcijpj2z2a')).not.toBeNull();
    expect(tidMicros('kjzfcijpj2z2a')).toBeNull();
    expect(tidMicros('3jzfcijpj2z2')).toBeNull();
  });
});
