import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { REFRESH_TOKEN_TTL_SECONDS } from './session';

/** The refresh token lives only in this cookie: httpOnly, Secure, SameSite=Strict, auth paths only. */
const NAME = 'cn_refresh';
const PATH = '/api/v1/auth';

export function setRefreshCookie(c: Context, token: string): void {
  setCookie(c, NAME, token, {
    path: PATH,
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
    maxAge: REFRESH_TOKEN_TTL_SECONDS,
  });
}

export function getRefreshCookie(c: Context): string | undefined {
  return getCookie(c, NAME);
}

export function clearRefreshCookie(c: Context): void {
  deleteCookie(c, NAME, { path: PATH, secure: true, httpOnly: true, sameSite: 'Strict' });
}
