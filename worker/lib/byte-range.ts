/**
 * One byte range of a `Range: bytes=…` header (RFC 9110 §14.1.2) over a representation of
 * `size` bytes: `{offset, length}`; null where the header is to be ignored and the whole
 * representation sent (absent, another unit, several ranges, malformed — all allowed by
 * §14.2); 'unsatisfiable' where it starts past the end.
 */
export function parseByteRange(
  header: string | undefined,
  size: number,
): { offset: number; length: number } | 'unsatisfiable' | null {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    // A suffix: the last n bytes.
    const n = Number(last);
    if (n === 0) return 'unsatisfiable';
    const length = Math.min(n, size);
    return { offset: size - length, length };
  }
  const offset = Number(first);
  if (offset >= size) return 'unsatisfiable';
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (end < offset) return null;
  return { offset, length: end - offset + 1 };
}
