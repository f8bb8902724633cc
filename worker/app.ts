import type { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';
import { auditRoutes } from './core/audit/routes';
import type { AppEnv } from './core/http/app-env';
import { docsPage } from './core/http/docs';
import { handleError, handleNotFound } from './core/http/error-handler';
import { PayloadTooLarge } from './core/http/errors';
import { healthRoutes } from './core/http/health';
import { requestId } from './core/http/middleware/request-id';
import { requestLog } from './core/http/middleware/request-log';
import { createRouter } from './core/http/router';
import { jobRoutes } from './core/jobs/routes';
import { liveRoutes } from './core/live/routes';
import { API, WORKSPACE } from './core/module';
import { createDb } from './db/client';
import { AUDIT_ACTIONS, FEATURES, JOB_KINDS } from './features';
import { MEDIA_UPLOAD_PATH } from './features/media/module';

const API_VERSION = '1.0.0';

const base = createRouter();

base.onError(handleError);
base.notFound(handleNotFound);

base.use(
  '*',
  requestId,
  requestLog,
  secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    strictTransportSecurity: 'max-age=63072000; includeSubDomains',
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'DENY',
    crossOriginResourcePolicy: 'same-origin',
    // Routes that serve HTML (the docs page) set their own CSP.
    overwrite: false,
  }),
  cors({
    origin: (origin, c) => {
      const allowed = (c.env as Env).ALLOWED_ORIGINS.split(',').map((o) => o.trim());
      return allowed.includes(origin) ? origin : null;
    },
    credentials: true,
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id'],
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    exposeHeaders: [
      'X-Request-Id',
      'Retry-After',
      'RateLimit-Limit',
      'RateLimit-Remaining',
      'RateLimit-Reset',
      'RateLimit-Policy',
      'Idempotent-Replayed',
    ],
    maxAge: 600,
  }),
  createMiddleware<AppEnv>(async (c, next) => {
    c.set('db', createDb(c.env.DB));
    // Media uploads stream to R2 under a limit of their own (MEDIA_MAX_BYTES), hundreds of megabytes.
    if (c.req.method === 'POST' && MEDIA_UPLOAD_PATH.test(c.req.path)) return next();
    const maxSize = Number(c.env.MAX_BODY_BYTES) || 1_048_576;
    return bodyLimit({ maxSize, onError: () => Promise.reject(new PayloadTooLarge(maxSize)) })(c, next);
  }),
);

/** Core's own routes: health, and the jobs, audit log and live updates of a workspace. */
const core = base
  .route(`${API}/health`, healthRoutes)
  .route(`${WORKSPACE}/audit`, auditRoutes(AUDIT_ACTIONS))
  .route(`${WORKSPACE}/jobs`, jobRoutes(JOB_KINDS))
  .route(`${WORKSPACE}/live`, liveRoutes);

for (const feature of FEATURES) core.route('/', feature.routes);

type SchemaOf<A> = A extends OpenAPIHono<AppEnv, infer S, '/'> ? S : never;

/**
 * The whole API: core's routes and every feature's. Its type drives the web app's typed
 * client (`hc<AppType>`); the loop above mounts what this type lists, which TypeScript
 * cannot follow through a loop, hence the annotation.
 */
const app = core as OpenAPIHono<AppEnv, SchemaOf<typeof core> | SchemaOf<(typeof FEATURES)[number]['routes']>, '/'>;

app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
  type: 'http',
  scheme: 'bearer',
  description: 'An access token from /auth/login or /auth/signup, or an API key (cn_…).',
});

app.doc31('/api/v1/openapi.json', (c) => ({
  openapi: '3.1.0',
  info: {
    title: 'Crowsnest API',
    version: API_VERSION,
    description:
      'Competitive intelligence, niche discovery, AI content and social publishing. Errors are application/problem+json (RFC 9457).',
  },
  servers: [{ url: new URL(c.req.url).origin }],
}));
app.get('/api/docs', docsPage);

export type AppType = typeof app;
export default app as OpenAPIHono<AppEnv>;
