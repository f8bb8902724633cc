import { describe, expect, it } from 'vitest';
import { memoize } from './memoize';

describe('memoize', () => {
  it('computes each word once, undefined results included, and starts over when full', () => {
    const calls: string[] = [];
    const lookup = memoize((word: string) => {
      calls.push(word);
      return word === 'none' ? undefined : word.length;
    }, 2);
    expect([lookup('ab'), lookup('ab'), lookup('none'), lookup('none')]).toEqual([2, 2, undefined, undefined]);
    expect(calls).toEqual(['ab', 'none']);
    lookup('abc');
    lookup('ab');
    expect(calls).toEqual(['ab', 'none', 'abc', 'ab']);
  });
});
