import { exports } from 'cloudflare:workers';
import { expect } from 'vitest';
import { PASSWORD } from './password';

export const ORIGIN = 'https://crowsnest.test';
let counter = 0;

/** A request to the Worker, as a browser or curl would send it. */
export function call(
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string>; cookie?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.cookie) headers.Cookie = init.cookie;
  if (init.body !== undefined) headers['Content-Type'] ??= 'application/json';
  return exports.default.fetch(`${ORIGIN}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** The `name=value` of the refresh cookie a response sets, for the next request's Cookie header. */
export function refreshCookieOf(res: Response): string {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cn_refresh='));
  if (!cookie) throw new Error('no refresh cookie set');
  return cookie.split(';')[0] ?? '';
}

export interface TestUser {
  id: string;
  email: string;
  token: string;
  workspaceId: string;
  cookie: string;
}

export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}-${counter}-${crypto.randomUUID().slice(0, 8)}@example.com`;
}

export { PASSWORD } from './password';

/** Signs up a new user with their own workspace. */
export async function signUp(
  overrides: Partial<{ email: string; name: string; workspaceName: string; inviteToken: string }> = {},
): Promise<TestUser> {
  const email = overrides.email ?? uniqueEmail();
  const res = await call('/api/v1/auth/signup', {
    body: {
      email,
      password: PASSWORD,
      name: overrides.name ?? 'Test User',
      workspaceName: overrides.workspaceName ?? 'Test Workspace',
      ...(overrides.inviteToken ? { inviteToken: overrides.inviteToken } : {}),
    },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  const body = await json<{ user: { id: string; email: string }; workspace: { id: string }; accessToken: string }>(res);
  return {
    id: body.user.id,
    email: body.user.email,
    token: body.accessToken,
    workspaceId: body.workspace.id,
    cookie: refreshCookieOf(res),
  };
}

/**
 * A member of `owner`'s workspace with `role`: invited by email, then signed up with the
 * invitation (which accepts it), so they also have a workspace of their own.
 */
export async function memberOf(owner: TestUser, role: 'owner' | 'admin' | 'editor' | 'viewer'): Promise<TestUser> {
  const email = uniqueEmail();
  const res = await call(`/api/v1/workspaces/${owner.workspaceId}/members`, {
    token: owner.token,
    body: { email, role },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  const { invitation } = await json<{ invitation: { acceptUrl: string } }>(res);
  const member = await signUp({ email, inviteToken: invitation.acceptUrl.split('/invite/')[1] ?? '' });
  return { ...member, workspaceId: owner.workspaceId };
}

/** Creates an API key in the owner's workspace and returns it. */
export async function apiKeyFor(owner: TestUser, role: 'owner' | 'admin' | 'editor' | 'viewer', name = 'test key') {
  const res = await call(`/api/v1/workspaces/${owner.workspaceId}/api-keys`, {
    token: owner.token,
    body: { name, role },
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return json<{ id: string; key: string; prefix: string }>(res);
}

/** Asserts an RFC 9457 problem answer and returns it. */
export async function expectProblem(res: Response, status: number) {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('Content-Type')).toContain('application/problem+json');
  const body = JSON.parse(text) as {
    type: string;
    title: string;
    status: number;
    detail: string;
    requestId: string;
    errors?: { path: string; message: string }[];
  };
  expect(body.status).toBe(status);
  expect(body.requestId).toBe(res.headers.get('X-Request-Id'));
  expect(body.title).toBeTruthy();
  expect(body.detail).toBeTruthy();
  return body;
}
