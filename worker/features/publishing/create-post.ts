import { and, eq, inArray } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { ValidationFailed } from '../../core/http/errors';
import type { PostTarget } from '../../db/schema/post-targets';
import type { Post, ThreadPart } from '../../db/schema/posts';
import { type SocialAccount, socialAccounts } from '../../db/schema/social-accounts';
import { chunkForParams } from '../../lib/bound-params';
import { claimDueTargets } from './claim';
import { insertPostRows, newPostRows } from './post-rows';
import { type TargetDraft, targetProblems } from './validate-post';

export interface PostInput {
  body: string;
  thread?: ThreadPart[] | undefined;
  targets: TargetDraft[];
  scheduledAt?: Date | undefined;
  publishNow?: boolean | undefined;
}

/** The workspace's accounts among `ids`, by id. */
export async function accountsById(ctx: ServiceContext, workspaceId: string, ids: readonly string[]) {
  const found = new Map<string, SocialAccount>();
  for (const chunk of chunkForParams([...new Set(ids)], 1)) {
    const rows = await ctx.db
      .select()
      .from(socialAccounts)
      .where(and(eq(socialAccounts.workspaceId, workspaceId), inArray(socialAccounts.id, chunk)));
    for (const row of rows) found.set(row.id, row);
  }
  return found;
}

/**
 * Creates a post and its targets: a draft, scheduled for `scheduledAt`, or published now.
 * Every target is checked against its account's limits first; one that could not be published
 * refuses the whole post with the reason per target, and nothing is written.
 */
export async function createPost(
  ctx: ServiceContext,
  workspaceId: string,
  input: PostInput,
  createdBy: string | null,
): Promise<{ post: Post; targets: PostTarget[] }> {
  const thread = input.thread ?? [];
  const accounts = await accountsById(
    ctx,
    workspaceId,
    input.targets.map((t) => t.accountId),
  );
  const problems = targetProblems(input.body, thread, input.targets, accounts);
  if (problems.length > 0) throw new ValidationFailed(problems, 'Some targets cannot take this post as it is.');

  const now = new Date();
  const scheduledAt = input.publishNow ? now : (input.scheduledAt ?? null);
  const status = scheduledAt ? 'scheduled' : 'draft';
  const rows = newPostRows(workspaceId, { ...input, thread, scheduledAt }, accounts, createdBy, now);
  const { post, targets } = rows;
  const writes: BatchItem<'sqlite'>[] = insertPostRows(ctx.db, [rows]);
  await commitWithAudit(ctx, writes, {
    workspaceId,
    action: 'post.created',
    targetType: 'post',
    targetId: post.id,
    metadata: { status, targets: targets.length, ...(input.publishNow ? { publishNow: true } : {}) },
  });
  if (input.publishNow) await claimDueTargets(ctx, now, post.id);
  return { post, targets };
}
