import { commitWithAudit } from '../../../core/audit/commit';
import type { ServiceContext } from '../../../core/context';
import { prepareJob, sendJob } from '../../../core/jobs/enqueue';
import { CONTENT_ANALYZE } from '../contracts';
import { getContentItem } from '../get';

/** Analyses an item again, asking the providers afresh; the job is followed like any other. */
export async function requestAnalysis(
  ctx: ServiceContext,
  workspaceId: string,
  contentId: string,
  userId: string | null,
) {
  const item = await getContentItem(ctx, workspaceId, contentId);
  const { job, insert } = prepareJob(
    ctx,
    workspaceId,
    CONTENT_ANALYZE,
    { contentIds: [item.id], fresh: true },
    userId,
    {
      subject: { type: 'content', id: item.id },
    },
  );
  await commitWithAudit(ctx, [insert], {
    workspaceId,
    action: 'content.analysis_requested',
    targetType: 'content',
    targetId: item.id,
    metadata: { jobId: job.id },
  });
  await sendJob(ctx, job);
  return job;
}
