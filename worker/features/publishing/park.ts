import { and, eq } from 'drizzle-orm';
import type { TaskMessage } from '../../../queues/task';
import type { ServiceContext } from '../../core/context';
import { postTargets } from '../../db/schema/post-targets';
import type { PUBLISH_TARGET } from './contracts';
import { moveTarget } from './transition';

/**
 * The queue gave up on a target's message (its consumer kept crashing). Nothing is dropped
 * silently: a target that may have reached the platform is `unconfirmed`, any other `failed`,
 * with the reason; either can be retried from the post page.
 */
export async function parkTarget(ctx: ServiceContext, message: TaskMessage<typeof PUBLISH_TARGET>): Promise<void> {
  const [target] = await ctx.db
    .select()
    .from(postTargets)
    .where(and(eq(postTargets.id, message.targetId), eq(postTargets.workspaceId, message.workspaceId)));
  if (!target) return;
  const mayHaveLanded = target.status === 'publishing' || target.status === 'unconfirmed';
  await moveTarget(ctx, target, {
    from: ['queued', 'publishing', 'unconfirmed'],
    to: mayHaveLanded ? 'unconfirmed' : 'failed',
    reason: 'Publishing kept failing in Crowsnest itself; retry it, or tell the operator if it persists.',
  });
}
