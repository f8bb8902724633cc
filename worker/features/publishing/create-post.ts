import { and, eq, inArray } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { publisherFor } from '../../connectors/publishers';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { postEvents } from '../../db/schema/post-events';
import { type PostTarget, postTargets, type TargetPart } from '../../db/schema/post-targets';
import { type Post, posts, type ThreadPart } from '../../db/schema/posts';
import { type SocialAccount, socialAccounts } from '../../db/schema/social-accounts';
import { chunkForParams } from '../../lib/bound-params';
import { newId } from '../../lib/ids';
import { claimDueTargets } from './claim';
import { resolveMedia, writePostMedia } from './post-media';
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
 * The idempotency keys of a target's parts, made once, when it is scheduled, and stored
 * before any call: every retry of a part sends the same key.
 */
export function partKeys(platform: string, targetId: string, partCount: number): TargetPart[] {
  const publisher = publisherFor(platform);
  return Array.from({ length: partCount }, (_, index) => ({ key: publisher.newKey(targetId, index) }));
}

/** A new target as it is first written: nothing tried, nothing published yet. */
export function targetRow(
  fields: Pick<PostTarget, 'id' | 'workspaceId' | 'postId' | 'accountId' | 'body' | 'status' | 'scheduledAt' | 'parts'>,
  now: Date,
): PostTarget {
  return {
    ...fields,
    attempts: 0,
    externalId: null,
    url: null,
    error: null,
    stateAt: now,
    publishedAt: null,
    createdAt: now,
    updatedAt: now,
  };
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

  const post: Post = {
    id: newId('post', now.getTime()),
    workspaceId,
    body: input.body,
    thread,
    status,
    scheduledAt,
    createdBy,
    createdAt: now,
    updatedAt: now,
  };
  const targets: PostTarget[] = input.targets.map((draft) => {
    const id = newId('tgt', now.getTime());
    const account = accounts.get(draft.accountId);
    return targetRow(
      {
        id,
        workspaceId,
        postId: post.id,
        accountId: draft.accountId,
        body: draft.body ?? null,
        status,
        scheduledAt,
        parts: status === 'scheduled' && account ? partKeys(account.platform, id, 1 + thread.length) : [],
      },
      now,
    );
  });
  const writes: BatchItem<'sqlite'>[] = [
    ctx.db.insert(posts).values(post),
    ...writePostMedia(ctx, workspaceId, post.id, files, false),
  ];
  for (const chunk of chunkForParams(targets, 0, 16)) writes.push(ctx.db.insert(postTargets).values(chunk));
  if (status === 'scheduled') {
    const events = targets.map((t) => ({
      id: newId('pev', now.getTime()),
      workspaceId,
      postId: post.id,
      targetId: t.id,
      status: 'scheduled' as const,
      reason: null,
      at: now,
    }));
    for (const chunk of chunkForParams(events, 0, 7)) writes.push(ctx.db.insert(postEvents).values(chunk));
  }
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
