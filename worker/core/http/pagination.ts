import { fromBase64Url, toBase64Url } from '../../lib/encoding';
import { InvalidRequest } from './errors';

/**
 * Keyset pagination. A cursor is the sort key of the last item on the page, opaque to
 * clients; the next page asks for rows strictly after it, so inserts never shift pages.
 */
export type CursorKey = (string | number)[];

export function encodeCursor(key: CursorKey): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(key)));
}

export function decodeCursor(cursor: string | undefined, arity: number): CursorKey | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(cursor)));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => typeof part === 'string' || typeof part === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidRequest('The cursor is not valid. Use the nextCursor of a previous page.', {
    errors: [{ path: 'query.cursor', message: 'Invalid cursor.' }],
  });
}

/** Cuts a result fetched with `limit + 1` rows into a page and the cursor of the next one. */
export function toPage<T, U = T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => CursorKey,
  present: (row: T) => U = (row) => row as unknown as U,
): { items: U[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(present),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
