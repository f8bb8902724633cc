import { describe, expect, it } from 'vitest';
import { InvalidRequest } from './errors';
import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('cursors', () => {
  it('round-trip the sort key', () => {
    expect(decodeCursor(encodeCursor([1732000000000, 'usr_1']), 2)).toEqual([1732000000000, 'usr_1']);
    expect(decodeCursor(undefined, 1)).toBeUndefined();
  });

  it('refuse tampered or foreign cursors', () => {
    for (const bad of ['x', encodeCursor(['a']), btoa('{"a":1}'), encodeCursor([{} as unknown as string, 'b'])]) {
      expect(() => decodeCursor(bad, 2)).toThrow(InvalidRequest);
    }
  });

  it('cut a limit + 1 result into a page and a next cursor', () => {
    const rows = [{ id: 'c' }, { id: 'b' }, { id: 'a' }];
    const page = toPage(rows, 2, (r) => [r.id]);
    expect(page.items).toEqual([{ id: 'c' }, { id: 'b' }]);
    expect(decodeCursor(page.nextCursor ?? '', 1)).toEqual(['b']);
    expect(toPage(rows, 3, (r) => [r.id]).nextCursor).toBeNull();
  });
});
