import { and, eq, inArray, sql } from 'drizzle-orm';
import { changedRows, commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { insertWhere } from '../../db/insert-where';
import { postEvents } from '../../db/schema/post-events';
import { type PostTarget, postTargets, type TargetStatus } from '../../db/schema/post-targets';
import { newId } from '../../lib/ids';
import { moveDeliveries, sendMoveDeliveries } from './events';

export interface Move {
  /** The states it may leave; the move happens only from one of them (one conditional update). */
  from: readonly TargetStatus[];
  to: Exclude<TargetStatus, 'draft'>;
  /** Why, in words for people (the platform's own, where it gave them). */
  reason?: string | null;
  /** Other columns changed with the state. */
  set?: Partial<Pick<PostTarget, 'externalId' | 'url' | 'publishedAt' | 'attempts' | 'parts' | 'scheduledAt'>>;
}

/** The last instant a move was stamped with in this isolate. */
let lastMoveAt = 0;

/**
 * A move's instant, later than every other move's of this isolate: whether a move happened is
 * read back by its instant, and the runtime's clock stands still between I/O, so two tasks
 * resuming on one answer would otherwise stamp the same millisecond.
 */
function moveInstant(): Date {
  lastMoveAt = Math.max(Date.now(), lastMoveAt + 1);
  return new Date(lastMoveAt);
}

/**
 * Moves a target to another state, with its event, its audit entry and its webhook deliveries,
 * in one D1 batch: they are written only if the move happened, so two consumers racing for a
 * target leave one trace. The workspace's browsers are told (commitWithAudit). Answers
 * whether this call made the move.
 */
export async function moveTarget(
  ctx: ServiceContext,
  target: Pick<PostTarget, 'id' | 'workspaceId' | 'postId' | 'accountId'>,
  move: Move,
): Promise<boolean> {
  const now = moveInstant();
  const reason = move.reason ?? null;
  const update = ctx.db
    .update(postTargets)
    .set({
      ...move.set,
      status: move.to,
      error: move.to === 'published' ? null : reason,
      stateAt: now,
      updatedAt: now,
    })
    .where(and(eq(postTargets.id, target.id), inArray(postTargets.status, [...move.from])));
  // The move happened if the target is now in the new state since this very millisecond.
  const moved = sql`exists (select 1 from ${postTargets} where ${postTargets.id} = ${target.id} and ${postTargets.status} = ${move.to} and ${postTargets.stateAt} = ${now.getTime()})`;
  const event = insertWhere(
    ctx.db,
    postEvents,
    {
      id: newId('pev', now.getTime()),
      workspaceId: target.workspaceId,
      postId: target.postId,
      targetId: target.id,
      status: move.to,
      reason,
      at: now,
    },
    moved,
  );
  const deliveries = await moveDeliveries(ctx, [target], move.to, { reason, url: move.set?.url ?? null }, moved);
  const [result] = await commitWithAudit(
    ctx,
    [update, event, ...deliveries.writes],
    {
      workspaceId: target.workspaceId,
      action: `post.target_${move.to}`,
      targetType: 'post',
      targetId: target.postId,
      metadata: { targetId: target.id, accountId: target.accountId, ...(reason ? { reason } : {}) },
    },
    { when: moved },
  );
  const made = changedRows(result) === 1;
  if (made) await sendMoveDeliveries(ctx, deliveries);
  return made;
}
