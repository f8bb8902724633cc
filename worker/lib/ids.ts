const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

let lastTime = -1;
const lastRandom = new Uint8Array(16);

/**
 * A prefixed ULID (`ws_01JD…`): 48 bits of milliseconds then 80 random bits, Crockford
 * base32. Lexicographic order is creation order, which cursor pagination relies on; ids
 * made in the same millisecond by this isolate increment the random part (the ULID spec's
 * monotonic mode), so entries written in one batch keep their order.
 */
export function newId(prefix: string, now = Date.now()): string {
  if (now === lastTime) {
    // Increment the 16 base-32 digits as one number.
    for (let i = 15; i >= 0; i--) {
      lastRandom[i] = ((lastRandom[i] ?? 0) + 1) % 32;
      if (lastRandom[i] !== 0) break;
    }
  } else {
    lastTime = now;
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    // The top digit stays below 16 so increments never overflow in practice.
    for (let i = 0; i < 16; i++) lastRandom[i] = (bytes[i] ?? 0) % (i === 0 ? 16 : 32);
  }
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let rand = '';
  for (const digit of lastRandom) rand += CROCKFORD[digit];
  return `${prefix}_${time}${rand}`;
}
