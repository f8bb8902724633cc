import { and, desc, eq, lt } from 'drizzle-orm';
import type { SourceType } from '../../connectors/platforms';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { decodeCursor, toPage } from '../../core/http/pagination';
import { contentItems } from '../../db/schema/content-items';
import { type SourceStatus, sources } from '../../db/schema/sources';
import { presentSource } from './present';
import { getSource, runSource } from './run';

export async function listSources(
  ctx: ServiceContext,
  workspaceId: string,
  filter: {
    limit: number;
    cursor?: string | undefined;
    type?: SourceType | undefined;
    status?: SourceStatus | undefined;
  },
) {
  const after = decodeCursor(filter.cursor, 1);
  const rows = await ctx.db
    .select()
    .from(sources)
    .where(
      and(
        eq(sources.workspaceId, workspaceId),
        filter.type ? eq(sources.type, filter.type) : undefined,
        filter.status ? eq(sources.status, filter.status) : undefined,
        after ? lt(sources.id, String(after[0])) : undefined,
      ),
    )
    .orderBy(desc(sources.id))
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (row) => [row.id], presentSource);
}

export interface SourcePatch {
  name?: string | undefined;
  intervalMinutes?: number | undefined;
  status?: SourceStatus | undefined;
}

/**
 * Renames, reschedules, pauses or resumes a source. Resuming clears the failure count (a
 * person decided to try again) and reads it at once.
 */
export async function updateSource(
  ctx: ServiceContext,
  workspaceId: string,
  sourceId: string,
  patch: SourcePatch,
  actorUserId: string | null,
) {
  const source = await getSource(ctx, workspaceId, sourceId);
  const now = new Date();
  const resuming = patch.status === 'active' && source.status === 'paused';
  const pausing = patch.status === 'paused' && source.status === 'active';
  const changes = {
    ...(patch.name !== undefined ? { name: patch.name } : {}),
    ...(patch.intervalMinutes !== undefined ? { intervalMinutes: patch.intervalMinutes } : {}),
    ...(pausing ? { status: 'paused' as const, pausedReason: 'manual' as const } : {}),
    ...(resuming ? { status: 'active' as const, pausedReason: null, consecutiveFailures: 0, nextRunAt: now } : {}),
    updatedAt: now,
  };
  await commitWithAudit(ctx, [ctx.db.update(sources).set(changes).where(eq(sources.id, sourceId))], {
    workspaceId,
    action: pausing ? 'source.paused' : resuming ? 'source.resumed' : 'source.updated',
    targetType: 'source',
    targetId: sourceId,
    metadata: { ...patch },
  });
  if (resuming) return (await runSource(ctx, workspaceId, sourceId, actorUserId)).source;
  return { ...source, ...changes };
}

/** Deletes a source and the content read from it. */
export async function deleteSource(ctx: ServiceContext, workspaceId: string, sourceId: string) {
  const source = await getSource(ctx, workspaceId, sourceId);
  await commitWithAudit(
    ctx,
    [
      ctx.db
        .delete(contentItems)
        .where(and(eq(contentItems.workspaceId, workspaceId), eq(contentItems.sourceId, sourceId))),
      ctx.db.delete(sources).where(eq(sources.id, sourceId)),
    ],
    {
      workspaceId,
      action: 'source.deleted',
      targetType: 'source',
      targetId: sourceId,
      metadata: { name: source.name, type: source.type },
    },
  );
}
