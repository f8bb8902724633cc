import { describe, expect, it } from 'vitest';
import { chunkForParams, MAX_BOUND_PARAMS } from './bound-params';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `id${i}`);

describe('chunkForParams', () => {
  it('keeps an IN list plus its other parameters within the limit, in order, losing nothing', () => {
    const values = ids(250);
    const runs = chunkForParams(values, 1);
    expect(runs.map((run) => run.length)).toEqual([99, 99, 52]);
    expect(runs.flat()).toEqual(values);
    for (const run of runs) expect(run.length + 1).toBeLessThanOrEqual(MAX_BOUND_PARAMS);
  });

  it('counts every column of a multi-row insert', () => {
    const runs = chunkForParams(ids(40), 0, 8);
    expect(runs.map((run) => run.length)).toEqual([12, 12, 12, 4]);
    for (const run of runs) expect(run.length * 8).toBeLessThanOrEqual(MAX_BOUND_PARAMS);
  });

  it('gives one run at the exact limit and none for nothing', () => {
    expect(chunkForParams(ids(100), 0)).toHaveLength(1);
    expect(chunkForParams(ids(101), 0).map((run) => run.length)).toEqual([100, 1]);
    expect(chunkForParams(ids(99), 1)).toHaveLength(1);
    expect(chunkForParams([], 3)).toEqual([]);
  });

  it('refuses a shape that cannot fit at all', () => {
    expect(() => chunkForParams(ids(3), 100)).toThrow(RangeError);
    expect(() => chunkForParams(ids(3), 0, 101)).toThrow(RangeError);
    expect(() => chunkForParams(ids(3), 0, 0)).toThrow(RangeError);
  });
});
