import type { ServiceContext } from '../../core/context';
import type { TargetStatus } from '../../db/schema/post-targets';
import { logError } from '../../lib/log';
import { anySubscribed, emitWorkspaceEvent } from '../webhooks/emit';

export interface TargetMoved {
  workspaceId: string;
  postId: string;
  id: string;
  accountId: string;
}

/**
 * Tells the workspace's webhooks that targets entered `status` (`post.target_<status>`), once
 * their move is committed. Failures included: a receiver hears of a failed post as surely as
 * of a published one. Telling is best effort after the fact: a failure here is logged and the
 * move stands.
 */
export async function tellWebhooks(
  ctx: ServiceContext,
  moved: readonly TargetMoved[],
  status: Exclude<TargetStatus, 'draft'>,
  details: { reason?: string | null; url?: string | null } = {},
): Promise<void> {
  const type = `post.target_${status}` as const;
  // One look per workspace: most workspaces have no webhook for most states.
  const listening = new Map<string, boolean>();
  for (const target of moved) {
    try {
      let any = listening.get(target.workspaceId);
      if (any === undefined) {
        any = await anySubscribed(ctx, target.workspaceId, type);
        listening.set(target.workspaceId, any);
      }
      if (!any) continue;
      await emitWorkspaceEvent(ctx, target.workspaceId, type, {
        postId: target.postId,
        targetId: target.id,
        accountId: target.accountId,
        status,
        reason: details.reason ?? null,
        ...(details.url ? { url: details.url } : {}),
      });
    } catch (error) {
      logError('publishing.webhook_event_failed', error, { targetId: target.id, status });
    }
  }
}
