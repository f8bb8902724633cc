import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import app from '../worker/app';

/** Calls the app with some bindings or variables overridden, as a deployment with other settings would. */
export async function callWith(
  overrides: Partial<Env>,
  path: string,
  init: RequestInit & { token?: string; ip?: string } = {},
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.ip) headers.set('CF-Connecting-IP', init.ip);
  if (init.body) headers.set('Content-Type', 'application/json');
  const ctx = createExecutionContext();
  const res = await app.request(`https://crowsnest.test${path}`, { ...init, headers }, { ...env, ...overrides }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}
