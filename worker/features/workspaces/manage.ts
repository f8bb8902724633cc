import { asc, eq } from 'drizzle-orm';
import { publishLive } from '../../../durable-objects/live-publish';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { ResourceNotFound } from '../../core/http/errors';
import { auditLog } from '../../db/schema/audit-log';
import { jobs } from '../../db/schema/jobs';
import { memberships } from '../../db/schema/memberships';
import { workspaces } from '../../db/schema/workspaces';
import { newId } from '../../lib/ids';
import { logError } from '../../lib/log';
import type { Role } from '../../lib/roles';
import { deleteWorkspaceMedia } from '../media/delete-workspace-media';

export interface WorkspaceSummary {
  id: string;
  name: string;
  role: Role;
}

/** The workspaces a user belongs to, oldest membership first. */
export async function workspacesOf(ctx: ServiceContext, userId: string): Promise<WorkspaceSummary[]> {
  return ctx.db
    .select({ id: workspaces.id, name: workspaces.name, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), asc(workspaces.id));
}

export async function getWorkspace(ctx: ServiceContext, workspaceId: string) {
  const [workspace] = await ctx.db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!workspace) throw new ResourceNotFound('The workspace');
  return workspace;
}

export async function createWorkspace(ctx: ServiceContext, userId: string, name: string): Promise<WorkspaceSummary> {
  const now = new Date();
  const workspace = { id: newId('ws', now.getTime()), name, createdAt: now, updatedAt: now };
  await commitWithAudit(
    ctx,
    [
      ctx.db.insert(workspaces).values(workspace),
      ctx.db.insert(memberships).values({ workspaceId: workspace.id, userId, role: 'owner', createdAt: now }),
    ],
    { workspaceId: workspace.id, action: 'workspace.created', targetType: 'workspace', targetId: workspace.id },
  );
  return { id: workspace.id, name, role: 'owner' };
}

export interface WorkspaceChange {
  name?: string | undefined;
  /** Whether every file of a scheduled post must carry alt text. */
  requireAltText?: boolean | undefined;
}

/** Renames a workspace or changes its settings; a rename is audited as one, any other change as a settings change. */
export async function updateWorkspace(ctx: ServiceContext, workspaceId: string, change: WorkspaceChange) {
  const before = await getWorkspace(ctx, workspaceId);
  const name = change.name ?? before.name;
  const requireAltText = change.requireAltText ?? before.requireAltText;
  const renamed = name !== before.name;
  await commitWithAudit(
    ctx,
    [
      ctx.db
        .update(workspaces)
        .set({ name, requireAltText, updatedAt: new Date() })
        .where(eq(workspaces.id, workspaceId)),
    ],
    {
      workspaceId,
      action: renamed ? 'workspace.renamed' : 'workspace.settings_changed',
      targetType: 'workspace',
      targetId: workspaceId,
      metadata: {
        ...(renamed ? { from: before.name, to: name } : {}),
        ...(requireAltText === before.requireAltText ? {} : { requireAltText }),
      },
    },
  );
  return { ...before, name, requireAltText };
}

/**
 * Deletes the workspace and everything in it. Tenant tables cascade from `workspaces`;
 * the audit log and jobs are not foreign-keyed (account events outlive workspaces), so they
 * go explicitly. The deletion itself is recorded as an account-level event.
 */
export async function deleteWorkspace(ctx: ServiceContext, workspaceId: string) {
  const workspace = await getWorkspace(ctx, workspaceId);
  await commitWithAudit(
    ctx,
    [
      ctx.db.delete(jobs).where(eq(jobs.workspaceId, workspaceId)),
      ctx.db.delete(auditLog).where(eq(auditLog.workspaceId, workspaceId)),
      ctx.db.delete(workspaces).where(eq(workspaces.id, workspaceId)),
    ],
    {
      workspaceId: null,
      action: 'workspace.deleted',
      targetType: 'workspace',
      targetId: workspaceId,
      metadata: { name: workspace.name },
    },
  );
  // Open browsers learn why their next request would be a 404, then are disconnected.
  await publishLive(ctx.env, workspaceId, {
    type: 'entity',
    action: 'workspace.deleted',
    targetType: 'workspace',
    targetId: workspaceId,
    at: new Date().toISOString(),
  });
  ctx.waitUntil(
    ctx.env.LIVE.get(ctx.env.LIVE.idFromName(workspaceId))
      .closeAll(4404, 'Workspace deleted')
      .catch((error: unknown) => logError('live.close_failed', error, { workspaceId })),
  );
  const exports = await ctx.env.MEDIA.list({ prefix: `exports/${workspaceId}/` });
  if (exports.objects.length > 0) await ctx.env.MEDIA.delete(exports.objects.map((o) => o.key));
  await deleteWorkspaceMedia(ctx, workspaceId);
}
