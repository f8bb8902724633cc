import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'crowsnest';
const encoder = new TextEncoder();

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/** Audiences keep a token minted for one use (the API, a WebSocket ticket) out of the other. */
export type Audience = 'api' | 'live';

function key(secret: string): Uint8Array {
  return encoder.encode(secret);
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
    .sign(key(secret));
}

/** The verified claims, or null for any token that is malformed, forged, expired or meant elsewhere. */
export async function verifyToken(
  secret: string,
  audience: Audience,
  token: string,
): Promise<{ sub: string; [claim: string]: unknown } | null> {
  try {
    const { payload } = await jwtVerify(token, key(secret), { issuer: ISSUER, audience, algorithms: ['HS256'] });
    return typeof payload.sub === 'string' ? { ...payload, sub: payload.sub } : null;
  } catch {
    return null;
  }
}
