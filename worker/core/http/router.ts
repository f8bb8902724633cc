import { createRoute, OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../lib/roles';
import type { AppEnv } from './app-env';
import { ValidationFailed } from './errors';
import { authenticate } from './middleware/auth';
import { apiRateLimit } from './middleware/rate-limit';
import { requireRole, resolveWorkspace } from './middleware/workspace';
import { ProblemSchema } from './schemas';

/**
 * A sub-app for one resource. Validation failures of any part of the request (JSON body,
 * query, path) become one 400 problem with a field list the web forms can show.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const prefix = result.target === 'json' ? '' : `${result.target === 'param' ? 'path' : result.target}.`;
        throw new ValidationFailed(
          result.error.issues.map((issue) => ({
            path: prefix + issue.path.map(String).join('.') || result.target,
            message: issue.message,
          })),
        );
      }
    },
  });
}

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true } as const;
}

const problem = (description: string) => ({
  content: { 'application/problem+json': { schema: ProblemSchema } },
  description,
});

const AUTH_ERRORS = {
  400: problem('The request is malformed or failed validation'),
  401: problem('Not signed in, or the token or key is invalid'),
  429: problem('Rate limit reached; see Retry-After'),
} as const;

const WORKSPACE_ERRORS = {
  ...AUTH_ERRORS,
  403: problem('Your role in this workspace does not allow this'),
  404: problem('No such workspace (or resource) for this caller'),
} as const;

export const WorkspaceParams = z.object({
  workspaceId: z
    .string()
    .openapi({ param: { name: 'workspaceId', in: 'path' }, example: 'ws_01JD0000000000000000000000' }),
});

type Extra = { middleware?: MiddlewareHandler<AppEnv>[] | readonly MiddlewareHandler<AppEnv>[] };

/**
 * A route under /workspaces/{workspaceId}. Authentication, the caller's rate limit, tenant
 * resolution (404 for other tenants) and the role check are part of the route itself, so
 * no route can be mounted without them. The role is published as `x-required-role`.
 */
export function workspaceRoute<const R extends Omit<RouteConfig, 'middleware' | 'security'> & Extra>(
  role: Role,
  config: R,
) {
  return createRoute({
    ...config,
    // resolveWorkspace also takes the caller's rate-limit token, alongside the tenant lookup.
    middleware: [authenticate, resolveWorkspace, requireRole(role), ...(config.middleware ?? [])],
    security: [{ bearerAuth: [] }],
    'x-required-role': role,
    responses: { ...WORKSPACE_ERRORS, ...config.responses },
  });
}

/** A route that needs a signed-in caller (or API key) but no workspace. */
export function authedRoute<const R extends Omit<RouteConfig, 'middleware' | 'security'> & Extra>(config: R) {
  return createRoute({
    ...config,
    middleware: [authenticate, apiRateLimit, ...(config.middleware ?? [])],
    security: [{ bearerAuth: [] }],
    responses: { ...AUTH_ERRORS, ...config.responses },
  });
}

/** A route anyone may call (sign-up, health, public forms). */
export function publicRoute<const R extends RouteConfig>(config: R) {
  return createRoute({ ...config, responses: { 400: AUTH_ERRORS[400], ...config.responses } });
}

export { problem as problemResponse };
