import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app-env';

/** One JSON line per request: method, path, status, duration, request id and workspace. */
export const requestLog = createMiddleware<AppEnv>(async (c, next) => {
  const started = performance.now();
  await next();
  const principal = c.get('principal') as AppEnv['Variables']['principal'] | undefined;
  const access = c.get('access') as AppEnv['Variables']['access'] | undefined;
  console.log(
    JSON.stringify({
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      requestId: c.get('requestId'),
      workspaceId: access?.workspaceId ?? null,
      principal: principal ? (principal.kind === 'user' ? principal.userId : principal.keyId) : null,
    }),
  );
});
