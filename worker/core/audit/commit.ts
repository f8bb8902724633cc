import type { BatchItem } from 'drizzle-orm/batch';
import { auditLog } from '../../db/schema';
import { newId } from '../../lib/ids';
import type { ServiceContext } from '../context';
import { publishLive } from '../../../durable-objects/live-publish';
import type { AuditAction } from './actions';

export interface AuditInput {
  workspaceId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  metadata?: Record<string, unknown>;
  /** Overrides the context's actor, e.g. for sign-up, where the actor is created in the same batch. */
  actor?: ServiceContext['actor'];
}

/**
 * Runs a change and its audit entries in one D1 batch — one transaction, so an action is
 * never done without its record — then tells the workspace's open browsers.
 */
export async function commitWithAudit(
  ctx: ServiceContext,
  writes: BatchItem<'sqlite'>[],
  entries: AuditInput | AuditInput[],
): Promise<void> {
  const now = new Date();
  const rows = (Array.isArray(entries) ? entries : [entries]).map((entry) => ({
    id: newId('aud', now.getTime()),
    workspaceId: entry.workspaceId,
    actorType: (entry.actor ?? ctx.actor).type,
    actorId: (entry.actor ?? ctx.actor).id,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
    metadata: entry.metadata ?? null,
    createdAt: now,
  }));
  const statements = [...writes, ...rows.map((row) => ctx.db.insert(auditLog).values(row))];
  const [first, ...rest] = statements;
  if (first) await ctx.db.batch([first, ...rest]);
  for (const row of rows) {
    if (!row.workspaceId) continue;
    ctx.waitUntil(
      publishLive(ctx.env, row.workspaceId, {
        type: 'entity',
        action: row.action,
        targetType: row.targetType,
        targetId: row.targetId,
        at: now.toISOString(),
      }),
    );
  }
}
