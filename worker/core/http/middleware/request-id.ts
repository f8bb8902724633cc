import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';

/**
 * A fresh id for every request, answered as `X-Request-Id` and written on every log line and
 * audit entry. Never the caller's own header (hono's requestId adopts it): a chosen id could
 * collide with another request's, or make log lines and audit entries look like someone else's.
 */
export const requestId = createMiddleware<AppEnv>(async (c, next) => {
  const id = crypto.randomUUID();
  c.set('requestId', id);
  c.header('X-Request-Id', id);
  await next();
});
