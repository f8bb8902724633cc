/**
 * The browser session. The access token lives in memory only (never in storage, so a
 * script injected into the page cannot lift a lasting credential); the refresh token is an
 * httpOnly cookie the server rotates on every use. Presenting an already-used refresh
 * cookie ends the whole session, so refreshing is single-flight: one request in flight,
 * shared by every caller in this tab, and serialized across tabs with a Web Lock.
 */

const REFRESH_URL = '/api/v1/auth/refresh';
const LOCK_NAME = 'crowsnest.session-refresh';

let accessToken: string | null = null;
let inflight: Promise<string | null> | null = null;
const listeners = new Set<(signedIn: boolean) => void>();

export function getAccessToken(): string | null {
  return accessToken;
}

/** Stores a token from sign-in, sign-up or a password change; `null` signs out locally. */
export function setAccessToken(token: string | null): void {
  const changed = (accessToken === null) !== (token === null);
  accessToken = token;
  if (changed) for (const listener of listeners) listener(token !== null);
}

/** Called when the session starts or ends (including when a refresh fails). */
export function onSessionChange(listener: (signedIn: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function requestRefresh(): Promise<string | null> {
  const response = await fetch(REFRESH_URL, { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) return null;
  const body: unknown = await response.json();
  return typeof body === 'object' && body !== null && 'accessToken' in body && typeof body.accessToken === 'string'
    ? body.accessToken
    : null;
}

function withTabLock<T>(work: () => Promise<T>): Promise<T> {
  // Another tab may be rotating the same cookie; wait for it so we present the new one.
  if (typeof navigator !== 'undefined' && 'locks' in navigator) return navigator.locks.request(LOCK_NAME, work);
  return work();
}

/**
 * Trades the refresh cookie for a new access token. Concurrent callers share one request.
 * Resolves to the new token, or `null` when there is no session any more.
 */
export function refreshSession(): Promise<string | null> {
  if (!inflight) {
    inflight = withTabLock(requestRefresh)
      .catch(() => null)
      .then((token) => {
        setAccessToken(token);
        return token;
      })
      .finally(() => {
        inflight = null;
      });
  }
  return inflight;
}

function withAuthorization(init: RequestInit | undefined, token: string | null): RequestInit {
  const headers = new Headers(init?.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return { ...init, headers, credentials: 'same-origin' };
}

/**
 * `fetch` for API calls: sends the access token and, on a 401, refreshes once and retries.
 * If another call already refreshed meanwhile, it retries with that token instead.
 */
export async function authedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const used = accessToken;
  const response = await fetch(input, withAuthorization(init, used));
  if (response.status !== 401 || used === null) return response;
  const fresh = accessToken !== used ? accessToken : await refreshSession();
  if (!fresh) return response;
  return fetch(input, withAuthorization(init, fresh));
}
