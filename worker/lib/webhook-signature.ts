/**
 * The signature on every webhook Crowsnest sends (DESIGN: API conventions, webhooks):
 *   Crowsnest-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">
 * The time is inside what is signed, so a captured delivery cannot be replayed later than the
 * receiver's tolerance; several v1 entries may appear (one per secret while a secret rotates).
 */
import { timingSafeEqual } from './crypto';
import { toHex } from './encoding';

const encoder = new TextEncoder();
/** How old (or how far ahead) a signature may be and still verify: 5 minutes. */
export const SIGNATURE_TOLERANCE_S = 300;

async function mac(secret: string, timestamp: number, body: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${body}`)));
}

/** The Crowsnest-Signature header value for `body` sent now (or at `now`, ms). */
export async function signWebhook(secret: string, body: string, now = Date.now()): Promise<string> {
  const t = Math.floor(now / 1000);
  return `t=${t},v1=${toHex(await mac(secret, t, body))}`;
}

function fromHex(hex: string): Uint8Array | null {
  if (!/^(?:[0-9a-f]{2})+$/i.test(hex)) return null;
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

/**
 * Whether `header` signs exactly `body` under `secret`, at a time within `toleranceS` of now.
 * The comparison takes the same time wherever the bytes differ.
 */
export async function verifyWebhook(
  secret: string,
  body: string,
  header: string,
  { now = Date.now(), toleranceS = SIGNATURE_TOLERANCE_S }: { now?: number; toleranceS?: number } = {},
): Promise<boolean> {
  const fields = header.split(',').map((field) => field.trim().split('='));
  const t = Number(fields.find(([name]) => name === 't')?.[1] ?? Number.NaN);
  if (!Number.isInteger(t) || Math.abs(now / 1000 - t) > toleranceS) return false;
  const expected = await mac(secret, t, body);
  let valid = false;
  for (const [name, value] of fields) {
    const given = name === 'v1' && value ? fromHex(value) : null;
    // Every candidate is compared, so the time taken does not tell which one matched.
    if (given && timingSafeEqual(given, expected)) valid = true;
  }
  return valid;
}
