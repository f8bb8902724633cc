import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('is a prefixed 26-character ULID', () => {
    expect(newId('ws')).toMatch(/^ws_[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('sorts in creation order, also within one millisecond', () => {
    const at = Date.now();
    const ids = [newId('x', at - 1), ...Array.from({ length: 50 }, () => newId('x', at)), newId('x', at + 1)];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
