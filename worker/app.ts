import type { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { createDb } from './db/client';
import { handleError, handleNotFound } from './core/http/error-handler';
import { PayloadTooLarge } from './core/http/errors';
import { createRouter } from './core/http/router';
import { requestLog } from './core/http/middleware/request-log';
import { aiRoutes } from './features/ai/routes';
import { apiKeyRoutes } from './features/api-keys/routes';
import { auditRoutes } from './core/audit/routes';
import { authRoutes } from './features/identity/routes';
import { brandVoiceRoutes } from './features/brand-voices/routes';
import { contentRoutes } from './features/content/routes';
import { docsPage } from './core/http/docs';
import { exportRoutes } from './features/exports/routes';
import { healthRoutes } from './core/http/health';
import { imageRoutes } from './features/content/image-routes';
import { invitationLinkRoutes, invitationRoutes } from './features/invitations/routes';
import { jobRoutes } from './core/jobs/routes';
import { liveRoutes } from './core/live/routes';
import { meRoutes } from './features/identity/me-routes';
import { memberRoutes } from './features/members/routes';
import { sourceRoutes } from './features/sources/routes';
import { workspaceListRoutes, workspaceRoutes } from './features/workspaces/routes';
import type { AppEnv } from './core/http/app-env';

const API_VERSION = '1.0.0';
const WORKSPACE = '/api/v1/workspaces/:workspaceId';

const base = createRouter();

base.onError(handleError);
base.notFound(handleNotFound);

base.use(
  '*',
  requestId({ headerName: 'X-Request-Id', generator: () => crypto.randomUUID() }),
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
    const maxSize = Number(c.env.MAX_BODY_BYTES) || 1_048_576;
    return bodyLimit({ maxSize, onError: () => Promise.reject(new PayloadTooLarge(maxSize)) })(c, next);
  }),
);

/** The whole API. Its type drives the web app's typed client (`hc<AppType>`). */
const app = base
  .route('/api/v1/health', healthRoutes)
  .route('/api/v1/auth', authRoutes)
  .route('/api/v1/me', meRoutes)
  .route('/api/v1/invitations', invitationLinkRoutes)
  .route('/api/v1/images', imageRoutes)
  .route('/api/v1/workspaces', workspaceListRoutes)
  .route(WORKSPACE, workspaceRoutes)
  .route(`${WORKSPACE}/members`, memberRoutes)
  .route(`${WORKSPACE}/invitations`, invitationRoutes)
  .route(`${WORKSPACE}/api-keys`, apiKeyRoutes)
  .route(`${WORKSPACE}/audit`, auditRoutes)
  .route(`${WORKSPACE}/jobs`, jobRoutes)
  .route(`${WORKSPACE}/exports`, exportRoutes)
  .route(`${WORKSPACE}/live`, liveRoutes)
  .route(`${WORKSPACE}/sources`, sourceRoutes)
  .route(`${WORKSPACE}/content`, contentRoutes)
  .route(`${WORKSPACE}/ai`, aiRoutes)
  .route(`${WORKSPACE}/brand-voices`, brandVoiceRoutes);

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
