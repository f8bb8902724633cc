import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'crowsnest';
const encoder = new TextEncoder();

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/** Audiences keep a token minted for one use (the API, a WebSocket ticket, an OAuth state) out of the others. */
export type Audience = 'api' | 'live' | 'oauth';

/** Imported once per isolate and secret: importing the HMAC key costs more than the verification. */
const keys = new Map<string, Promise<CryptoKey>>();

function key(secret: string): Promise<CryptoKey> {
  let imported = keys.get(secret);
  if (!imported) {
    imported = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.set(secret, imported);
  }
  return imported;
}

export async function signToken(
  secret: string,
  audience: Audience,
  subject: string,
  ttlSeconds: number,
  claims: Record<string, string> = {},
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(await key(secret));
}

/** The verified claims, or null for any token that is malformed, forged, expired or meant elsewhere. */
export async function verifyToken(
  secret: string,
  audience: Audience,
  token: string,
): Promise<{ sub: string; [claim: string]: unknown } | null> {
  try {
    const { payload } = await jwtVerify(token, await key(secret), { issuer: ISSUER, audience, algorithms: ['HS256'] });
    return typeof payload.sub === 'string' ? { ...payload, sub: payload.sub } : null;
  } catch {
    return null;
  }
}
