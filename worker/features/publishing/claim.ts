import { and, asc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { ServiceContext } from '../../core/context';
import { tellBrowsers } from '../../core/live/gather';
import { auditLog } from '../../db/schema/audit-log';
import { postEvents } from '../../db/schema/post-events';
import { postTargets, type TargetStatus } from '../../db/schema/post-targets';
import { socialAccounts } from '../../db/schema/social-accounts';
import { chunkForParams } from '../../lib/bound-params';
import { newId } from '../../lib/ids';
import { PUBLISH_TARGET } from './contracts';
import { moveDeliveries, sendMoveDeliveries, type TargetMoved } from './events';

/** Targets claimed per statement; the cron claims rounds of this until none are due or time runs short. */
const CLAIM_ROUND = 500;
/** A cron invocation stops claiming after this long; the next minute's run takes the rest. */
const CLAIM_BUDGET_MS = 20_000;
/** Messages per Queue sendBatch (Cloudflare's limit). */
const SEND_BATCH = 100;
/** A target left `queued` or `publishing` this long is swept (its message lost, its consumer gone). */
export const STUCK_AFTER_MS = 10 * 60 * 1000;

interface Claimed extends TargetMoved {
  platform: string;
}

/** What a claim or a sweep answers of each target it moves: enough to record and enqueue it. */
const CLAIMED = {
  id: postTargets.id,
  workspaceId: postTargets.workspaceId,
  postId: postTargets.postId,
  accountId: postTargets.accountId,
  platform: sql<string>`(select ${socialAccounts.platform} from ${socialAccounts} where ${socialAccounts.id} = ${postTargets.accountId})`,
};

/**
 * The minute cron: claims the targets that are due, atomically — one conditional update per
 * round, so two overlapping runs never claim one target twice — records each move (event,
 * audit), and puts one message per target on the publish queue. `onlyPost` claims one post's
 * targets at once (publish now).
 */
export async function claimDueTargets(ctx: ServiceContext, at: Date = new Date(), onlyPost?: string): Promise<number> {
  const started = Date.now();
  let total = 0;
  for (;;) {
    const now = new Date(Math.max(Date.now(), at.getTime()));
    const due = ctx.db
      .select({ id: postTargets.id })
      .from(postTargets)
      .where(
        and(
          eq(postTargets.status, 'scheduled'),
          lte(postTargets.scheduledAt, now),
          onlyPost ? eq(postTargets.postId, onlyPost) : undefined,
        ),
      )
      .orderBy(asc(postTargets.scheduledAt))
      .limit(CLAIM_ROUND);
    const claimed = await ctx.db
      .update(postTargets)
      .set({ status: 'queued', error: null, stateAt: now, updatedAt: now })
      .where(and(inArray(postTargets.id, due), eq(postTargets.status, 'scheduled')))
      .returning(CLAIMED);
    if (claimed.length === 0) break;
    await recordMoves(ctx, claimed, 'queued', null, now);
    await enqueue(ctx.env, claimed);
    total += claimed.length;
    if (claimed.length < CLAIM_ROUND || Date.now() - started > CLAIM_BUDGET_MS) break;
  }
  return total;
}

/**
 * The minute sweep: a target `queued` for long lost its message (a failed send, a queue
 * outage) and is sent again; one `publishing` for long lost its consumer mid-call, so whether
 * it was published is unknown: it becomes `unconfirmed` and is looked up before anything is sent.
 */
export async function sweepStuckTargets(ctx: ServiceContext): Promise<void> {
  const now = new Date();
  const cutoff = new Date(now.getTime() - STUCK_AFTER_MS);
  const requeued = await ctx.db
    .update(postTargets)
    .set({ stateAt: now, updatedAt: now })
    .where(and(eq(postTargets.status, 'queued'), lt(postTargets.stateAt, cutoff)))
    .returning(CLAIMED);
  const orphaned = await ctx.db
    .update(postTargets)
    .set({
      status: 'unconfirmed',
      error: 'Publishing stopped midway; looking it up before trying again.',
      stateAt: now,
      updatedAt: now,
    })
    .where(and(eq(postTargets.status, 'publishing'), lt(postTargets.stateAt, cutoff)))
    .returning(CLAIMED);
  if (orphaned.length > 0) {
    await recordMoves(
      ctx,
      orphaned,
      'unconfirmed',
      'Publishing stopped midway; looking it up before trying again.',
      now,
    );
  }
  await enqueue(ctx.env, [...requeued, ...orphaned]);
}

/** One publish message per target, in the queue's largest batches. */
export async function enqueue(
  env: Env,
  targets: readonly Pick<Claimed, 'id' | 'workspaceId' | 'accountId' | 'platform'>[],
): Promise<void> {
  for (let i = 0; i < targets.length; i += SEND_BATCH) {
    await env.PUBLISH.sendBatch(
      targets.slice(i, i + SEND_BATCH).map((target) => ({
        body: {
          v: 1,
          kind: PUBLISH_TARGET.kind,
          workspaceId: target.workspaceId,
          targetId: target.id,
          accountId: target.accountId,
          platform: target.platform,
        },
        contentType: 'json' as const,
      })),
    );
  }
}

/**
 * The events, audit entries and webhook deliveries of many targets' moves, in one batch (rows
 * chunked under D1's 100 bound parameters), and one live notice per workspace rather than one
 * per target.
 */
export async function recordMoves(
  ctx: ServiceContext,
  moved: readonly TargetMoved[],
  status: Exclude<TargetStatus, 'draft'>,
  reason: string | null,
  now: Date,
): Promise<void> {
  const events = moved.map((t) => ({
    id: newId('pev', now.getTime()),
    workspaceId: t.workspaceId,
    postId: t.postId,
    targetId: t.id,
    status,
    reason,
    at: now,
  }));
  const entries = moved.map((t) => ({
    id: newId('aud', now.getTime()),
    workspaceId: t.workspaceId,
    actorType: 'system' as const,
    actorId: null,
    action: `post.target_${status}`,
    targetType: 'post',
    targetId: t.postId,
    requestId: null,
    ip: null,
    metadata: { targetId: t.id, accountId: t.accountId, ...(reason ? { reason } : {}) },
    createdAt: now,
  }));
  const deliveries = await moveDeliveries(ctx, moved, status, { reason });
  const writes: BatchItem<'sqlite'>[] = [
    ...chunkForParams(events, 0, 7).map((chunk) => ctx.db.insert(postEvents).values(chunk)),
    ...chunkForParams(entries, 0, 11).map((chunk) => ctx.db.insert(auditLog).values(chunk)),
    ...deliveries.writes,
  ];
  const [first, ...rest] = writes;
  if (first) await ctx.db.batch([first, ...rest]);
  await sendMoveDeliveries(ctx, deliveries);
  for (const workspaceId of new Set(moved.map((t) => t.workspaceId))) {
    tellBrowsers(ctx, workspaceId, {
      type: 'entity',
      action: `post.target_${status}`,
      targetType: 'post',
      targetId: null,
      at: now.toISOString(),
    });
  }
}
