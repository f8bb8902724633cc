import { timingSafeEqual } from './crypto';
import { fromBase64Url, toBase64Url } from './encoding';

const encoder = new TextEncoder();
/** Signed links live between one and two hours, and change once an hour, so browsers can cache them. */
const HOUR_S = 3600;

async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey(
    'raw',
    encoder.encode(`image-links:${secret}`),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}

async function signature(secret: string, subject: string, expires: number): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(`${subject}.${expires}`));
  return toBase64Url(new Uint8Array(mac));
}

/**
 * A link to `path` that works without an Authorization header (for <img src>) until it
 * expires: `?exp=<unix seconds>&sig=<HMAC-SHA256>`. Whoever may see the item gets the link.
 */
export async function signPath(secret: string, path: string, now = Date.now()): Promise<string> {
  const expires = (Math.floor(now / 1000 / HOUR_S) + 2) * HOUR_S;
  return `${path}?exp=${expires}&sig=${await signature(secret, path, expires)}`;
}

/** Whether a signed link is genuine and not expired. */
export async function verifyPath(
  secret: string,
  path: string,
  expires: number,
  sig: string,
  now = Date.now(),
): Promise<boolean> {
  if (!Number.isInteger(expires) || expires * 1000 < now) return false;
  try {
    return timingSafeEqual(fromBase64Url(sig), fromBase64Url(await signature(secret, path, expires)));
  } catch {
    return false;
  }
}
