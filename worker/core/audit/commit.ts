import type { SQL } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { insertWhere } from '../../db/insert-where';
import { auditLog } from '../../db/schema/audit-log';
import { newId } from '../../lib/ids';
import type { ServiceContext } from '../context';
import { groupedBatch } from '../group-commit';
import { tellBrowsers } from '../live/gather';
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

export interface CommitOptions {
  /**
   * Record the entries only if this holds once `writes` have run (in the same transaction):
   * for changes that may turn out to be no-ops, like a claim another request won.
   */
  when?: SQL;
}

/**
 * Runs a change and its audit entries in one D1 batch — one transaction, so an action is
 * never done without its record (grouped with other tasks' batches of the same context: see
 * group-commit.ts) — then tells the workspace's open browsers. Returns the
 * results of `writes`, in order, for callers that check what their statements changed.
 */
export async function commitWithAudit(
  ctx: ServiceContext,
  writes: BatchItem<'sqlite'>[],
  entries: AuditInput | AuditInput[],
  options: CommitOptions = {},
): Promise<unknown[]> {
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
  const { when } = options;
  const inserts = rows.map((row) =>
    when ? insertWhere(ctx.db, auditLog, row, when) : ctx.db.insert(auditLog).values(row),
  );
  const [first, ...rest] = [...writes, ...inserts];
  const results: unknown[] = first ? await groupedBatch(ctx, [first, ...rest]) : [];
  for (const [i, row] of rows.entries()) {
    if (!row.workspaceId || (when && !changedRows(results[writes.length + i]))) continue;
    tellBrowsers(ctx, row.workspaceId, {
      type: 'entity',
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      at: now.toISOString(),
    });
  }
  return results.slice(0, writes.length);
}

/** How many rows a statement of a D1 batch changed (D1's result carries `meta.changes`). */
export function changedRows(result: unknown): number {
  if (typeof result !== 'object' || result === null || !('meta' in result)) return 0;
  const meta = result.meta;
  if (typeof meta !== 'object' || meta === null || !('changes' in meta)) return 0;
  return typeof meta.changes === 'number' ? meta.changes : 0;
}
