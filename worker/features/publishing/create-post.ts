import { and, eq, inArray } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import type { PostTarget } from '../../db/schema/post-targets';
import type { Post, ThreadPart } from '../../db/schema/posts';
import { type SocialAccount, socialAccounts } from '../../db/schema/social-accounts';
import { chunkForParams } from '../../lib/bound-params';
import { claimDueTargets } from './claim';
import { resolveMedia, writePostMedia } from './post-media';
import { insertPostRows, newPostRows } from './post-rows';
import { assertPublishable, type TargetDraft } from './validate-post';
import { workspaceRules } from './workspace-rules';

/** A reply of a thread as it is asked for: its text and its files. */
export interface ThreadPartInput extends ThreadPart {
  mediaIds?: string[] | undefined;
}

export interface PostInput {
  body: string;
  mediaIds?: string[] | undefined;
  thread?: ThreadPartInput[] | undefined;
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
  const asked = input.thread ?? [];
  const thread: ThreadPart[] = asked.map((part) => ({ body: part.body }));
  const accounts = await accountsById(
    ctx,
    workspaceId,
    input.targets.map((t) => t.accountId),
  );
  const files = await resolveMedia(ctx, workspaceId, [
    { path: 'mediaIds', ids: input.mediaIds ?? [] },
    ...asked.map((part, j) => ({ path: `thread[${j}].mediaIds`, ids: part.mediaIds ?? [] })),
  ]);
  const now = new Date();
  const scheduledAt = input.publishNow ? now : (input.scheduledAt ?? null);
  const status = scheduledAt ? 'scheduled' : 'draft';
  assertPublishable({
    body: input.body,
    thread,
    targets: input.targets,
    accounts,
    media: files,
    scheduling: status === 'scheduled',
    requireAltText: (await workspaceRules(ctx, workspaceId)).requireAltText,
  });
  const rows = newPostRows(workspaceId, { ...input, thread, scheduledAt }, accounts, createdBy, now);
  const { post, targets } = rows;
  const writes: BatchItem<'sqlite'>[] = [
    ...insertPostRows(ctx.db, [rows]),
    ...writePostMedia(ctx, workspaceId, post.id, files, false),
  ];
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
