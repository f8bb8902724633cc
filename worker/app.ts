import type { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';
import { createDb } from './db/client';
import { handleError, handleNotFound } from './lib/error-handler';
import { PayloadTooLarge } from './lib/errors';
import { createRouter } from './lib/router';
import { requestId } from './middleware/request-id';
import { requestLog } from './middleware/request-log';
import { aiRoutes } from './routes/ai';
import { apiKeyRoutes } from './routes/api-keys';
import { auditRoutes } from './routes/audit';
import { authRoutes } from './routes/auth';
import { brandVoiceRoutes } from './routes/brand-voices';
import { contentRoutes } from './routes/content';
import { docsPage } from './routes/docs';
import { exportRoutes } from './routes/exports';
import { healthRoutes } from './routes/health';
import { imageRoutes } from './routes/images';
import { invitationLinkRoutes, invitationRoutes } from './routes/invitations';
import { jobRoutes } from './routes/jobs';
import { liveRoutes } from './routes/live';
import { meRoutes } from './routes/me';
import { memberRoutes } from './routes/members';
import { sourceRoutes } from './routes/sources';
import { workspaceListRoutes, workspaceRoutes } from './routes/workspaces';
import type { AppEnv } from './types';

const API_VERSION = '1.0.0';
const WORKSPACE = '/api/v1/workspaces/:workspaceId';

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
