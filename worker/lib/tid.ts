/**
 * Timestamp identifiers (TIDs), the record keys atproto repositories sort by
 * (https://atproto.com/specs/tid): a 64-bit integer whose top bit is 0, then 53 bits of
 * microseconds since the Unix epoch, then a 10-bit clock id; written as 13 characters of
 * base32-sortable, so that string order is time order.
 */

const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/** The syntax the spec gives: the first character keeps the top bit 0. */
export const TID_SYNTAX = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

/**
 * Chosen once per isolate, so that two isolates writing in the same microsecond still differ;
 * at first use, since Workers allow no random values in global scope.
 */
let clockId: number | undefined;
let lastMicros = 0;

/**
 * A new TID for now. Workers' clock has millisecond steps (and stands still while code runs
 * without I/O), so TIDs made by this isolate are kept strictly increasing by stepping one
 * microsecond past the last one whenever the clock has not moved on.
 */
export function newTid(now = Date.now()): string {
  const micros = Math.max(now * 1000, lastMicros + 1);
  lastMicros = micros;
  clockId ??= crypto.getRandomValues(new Uint16Array(1))[0] ?? 0;
  return encodeTid(micros, clockId & 0x3ff);
}

/** The TID of a timestamp (microseconds since the epoch) and a clock id (0–1023). */
export function encodeTid(micros: number, clock: number): string {
  let n = (BigInt(micros) << 10n) | BigInt(clock & 0x3ff);
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = ALPHABET.charAt(Number(n & 31n)) + out;
    n >>= 5n;
  }
  return out;
}

/** The timestamp (microseconds since the epoch) of a TID; null for a string that is not one. */
export function tidMicros(tid: string): number | null {
  if (!TID_SYNTAX.test(tid)) return null;
  let n = 0n;
  for (const char of tid) n = (n << 5n) | BigInt(ALPHABET.indexOf(char));
  return Number(n >> 10n);
}
