import { commitWithAudit } from '../../../core/audit/commit';
import { getContentItem } from '../get';
import type { ServiceContext } from '../../../core/context';
import { enqueueJob } from '../../../core/jobs/enqueue';

/** Analyses an item again, asking the providers afresh; the job is followed like any other. */
export async function requestAnalysis(
  ctx: ServiceContext,
  workspaceId: string,
  contentId: string,
  userId: string | null,
) {
  const item = await getContentItem(ctx, workspaceId, contentId);
  const job = await enqueueJob(ctx, workspaceId, 'content.analyze', { contentIds: [item.id], fresh: true }, userId, {
    subject: { type: 'content', id: item.id },
  });
  await commitWithAudit(ctx, [], {
    workspaceId,
    action: 'content.analysis_requested',
    targetType: 'content',
    targetId: item.id,
    metadata: { jobId: job.id },
  });
  return job;
}
