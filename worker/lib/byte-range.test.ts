import { describe, expect, it } from 'vitest';
import { parseByteRange } from './byte-range';

describe('parseByteRange', () => {
  it('reads first-last, open-ended and suffix ranges, clamped to the size', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ offset: 0, length: 100 });
    expect(parseByteRange('bytes=900-', 1000)).toEqual({ offset: 900, length: 100 });
    expect(parseByteRange('bytes=990-5000', 1000)).toEqual({ offset: 990, length: 10 });
    expect(parseByteRange('bytes=-10', 1000)).toEqual({ offset: 990, length: 10 });
    expect(parseByteRange('bytes=-5000', 1000)).toEqual({ offset: 0, length: 1000 });
  });

  it('is unsatisfiable past the end, and ignored when absent, malformed, multiple or another unit', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=-0', 1000)).toBe('unsatisfiable');
    for (const header of [undefined, 'bytes=5-1', 'bytes=0-1,5-9', 'items=0-1', 'bytes=-', 'bytes=a-b']) {
      expect(parseByteRange(header, 1000), String(header)).toBeNull();
    }
  });
});
