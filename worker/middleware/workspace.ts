import { and, eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import { memberships, type Role } from '../db/schema';
import { Forbidden, NotFound } from '../lib/errors';
import { atLeast } from '../lib/roles';
import type { AppEnv } from '../types';

/**
 * Resolves the caller's role in `:workspaceId`. A workspace the caller is not in answers
 * 404 — the same as one that does not exist — so ids of other tenants reveal nothing.
 */
export const resolveWorkspace = createMiddleware<AppEnv>(async (c, next) => {
  const workspaceId = c.req.param('workspaceId');
  const principal = c.get('principal');
  let role: Role | undefined;
  if (!workspaceId) {
    role = undefined;
  } else if (principal.kind === 'api_key') {
    role = principal.workspaceId === workspaceId ? principal.role : undefined;
  } else {
    const [membership] = await c
      .get('db')
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, principal.userId)));
    role = membership?.role;
  }
  if (!workspaceId || !role) throw new NotFound('The workspace');
  c.set('access', { workspaceId, role });
  await next();
});

/** The one role check: every workspace route declares the least role it needs. */
export function requireRole(required: Role) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const access = c.get('access') as AppEnv['Variables']['access'] | undefined;
    if (!access) throw new Error(`requireRole(${required}) on a route outside /workspaces/:workspaceId`);
    if (!atLeast(access.role, required)) {
      throw new Forbidden(`This needs the ${required} role or higher; you are ${access.role} in this workspace.`);
    }
    await next();
  });
}
