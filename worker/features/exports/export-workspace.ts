import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { MessageOf } from '../../../queues/contracts';
import {
  aiSettings,
  apiKeys,
  auditLog,
  brandVoices,
  invitations,
  memberships,
  users,
  workspaces,
} from '../../db/schema';
import type { ServiceContext } from '../../core/context';
import type { JobReporter } from '../../../queues/reporter';

const AUDIT_CHUNK = 500;

export function exportKey(workspaceId: string, jobId: string): string {
  return `exports/${workspaceId}/${jobId}.json`;
}

/**
 * Writes everything the workspace holds to one JSON document in R2. Secrets stay out:
 * no password or key hashes, no invitation tokens.
 */
export async function exportWorkspace(
  ctx: ServiceContext,
  message: MessageOf<'workspace.export'>,
  report: JobReporter,
) {
  const { workspaceId, jobId } = message;
  await report.progress(5, 'Reading the workspace');
  const [workspace] = await ctx.db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  const members = await ctx.db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId));
  await report.progress(15, 'Reading members and invitations');
  const pendingInvitations = await ctx.db
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(
      and(eq(invitations.workspaceId, workspaceId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
    );
  const keys = await ctx.db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      role: apiKeys.role,
      prefix: apiKeys.prefix,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(eq(apiKeys.workspaceId, workspaceId));
  const voices = await ctx.db.select().from(brandVoices).where(eq(brandVoices.workspaceId, workspaceId));
  const [ai] = await ctx.db.select().from(aiSettings).where(eq(aiSettings.workspaceId, workspaceId));
  await report.progress(25, 'Reading the audit log');

  const total = await ctx.db.$count(auditLog, eq(auditLog.workspaceId, workspaceId));
  const audit: (typeof auditLog.$inferSelect)[] = [];
  let after = '';
  for (;;) {
    const chunk = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, workspaceId), gt(auditLog.id, after)))
      .orderBy(asc(auditLog.id))
      .limit(AUDIT_CHUNK);
    audit.push(...chunk);
    const last = chunk.at(-1);
    if (!last || chunk.length < AUDIT_CHUNK) break;
    after = last.id;
    await report.progress(
      25 + (65 * audit.length) / Math.max(total, 1),
      `Read ${audit.length} of ${total} audit entries`,
    );
  }

  await report.progress(90, 'Saving the export');
  const body = JSON.stringify({
    format: 'crowsnest.workspace-export.v1',
    exportedAt: new Date().toISOString(),
    workspace,
    members,
    invitations: pendingInvitations,
    apiKeys: keys,
    brandVoices: voices,
    // Providers without their keys: sealed keys only open with this deployment's ENCRYPTION_KEYS.
    aiSettings: ai
      ? {
          providers: ai.providers.map(({ sealedKey: _sealed, ...provider }) => provider),
          monthlyTokenBudget: ai.monthlyTokenBudget,
        }
      : null,
    auditLog: audit,
  });
  const key = exportKey(workspaceId, jobId);
  const object = await ctx.env.MEDIA.put(key, body, {
    httpMetadata: {
      contentType: 'application/json',
      contentDisposition: `attachment; filename="crowsnest-${workspaceId}-${jobId}.json"`,
    },
  });
  return {
    bytes: object.size,
    auditEntries: audit.length,
    members: members.length,
    downloadPath: `/api/v1/workspaces/${workspaceId}/exports/${jobId}`,
  };
}
