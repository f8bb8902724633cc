import { and, asc, desc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { Conflict, ResourceNotFound } from '../../core/http/errors';
import { decodeCursor, toPage } from '../../core/http/pagination';
import { postEvents } from '../../db/schema/post-events';
import { type PostTarget, postTargets, type TargetStatus } from '../../db/schema/post-targets';
import { type Post, posts, type ThreadPart } from '../../db/schema/posts';
import { socialAccounts } from '../../db/schema/social-accounts';
import { chunkForParams } from '../../lib/bound-params';
import { newId } from '../../lib/ids';
import { enqueue } from './claim';
import { accountsById, type ThreadPartInput } from './create-post';
import { mediaOfPosts, resolveMedia, writePostMedia } from './post-media';
import { partKeys } from './post-rows';
import { presentPost } from './present-post';
import { assertPublishable } from './validate-post';
import { workspaceRules } from './workspace-rules';

/** States in which a target is on its way out: its post cannot change or go under it. */
const IN_FLIGHT: readonly TargetStatus[] = ['queued', 'publishing', 'unconfirmed'];
/** States a post's text and time may still change in. */
const EDITABLE: readonly TargetStatus[] = ['draft', 'scheduled', 'held', 'failed'];

async function findPost(ctx: ServiceContext, workspaceId: string, id: string): Promise<Post> {
  const [post] = await ctx.db
    .select()
    .from(posts)
    .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, id)));
  if (!post) throw new ResourceNotFound('The post');
  return post;
}

async function targetsOf(ctx: ServiceContext, postIds: readonly string[]): Promise<PostTarget[]> {
  const rows: PostTarget[] = [];
  for (const chunk of chunkForParams(postIds)) {
    rows.push(
      ...(await ctx.db
        .select()
        .from(postTargets)
        .where(inArray(postTargets.postId, chunk))
        .orderBy(asc(postTargets.id))),
    );
  }
  return rows;
}

/** A post with its targets and each target's timeline. */
export async function getPost(ctx: ServiceContext, workspaceId: string, id: string) {
  const post = await findPost(ctx, workspaceId, id);
  const targets = await targetsOf(ctx, [post.id]);
  const events = await ctx.db
    .select()
    .from(postEvents)
    .where(eq(postEvents.postId, post.id))
    .orderBy(asc(postEvents.id));
  const media = await mediaOfPosts(ctx, [{ id: post.id, partCount: 1 + post.thread.length }]);
  return presentPost(post, targets, media.get(post.id) ?? [], events);
}

export interface PostFilter {
  limit: number;
  cursor?: string | undefined;
  status?: Post['status'] | undefined;
  /** Scheduled at or after / before (the calendar's window). */
  from?: Date | undefined;
  to?: Date | undefined;
}

/** The workspace's posts, newest first, with their targets. */
export async function listPosts(ctx: ServiceContext, workspaceId: string, filter: PostFilter) {
  const after = decodeCursor(filter.cursor, 1);
  const rows = await ctx.db
    .select()
    .from(posts)
    .where(
      and(
        eq(posts.workspaceId, workspaceId),
        filter.status ? eq(posts.status, filter.status) : undefined,
        filter.from ? gte(posts.scheduledAt, filter.from) : undefined,
        filter.to ? lte(posts.scheduledAt, filter.to) : undefined,
        after ? lt(posts.id, String(after[0])) : undefined,
      ),
    )
    .orderBy(desc(posts.id))
    .limit(filter.limit + 1);
  const shown = rows.slice(0, filter.limit);
  const targets = await targetsOf(
    ctx,
    shown.map((p) => p.id),
  );
  const media = await mediaOfPosts(
    ctx,
    shown.map((p) => ({ id: p.id, partCount: 1 + p.thread.length })),
  );
  return toPage(
    rows,
    filter.limit,
    (post) => [post.id],
    (post) =>
      presentPost(
        post,
        targets.filter((t) => t.postId === post.id),
        media.get(post.id) ?? [],
      ),
  );
}

export interface PostChange {
  body?: string | undefined;
  /** Replaces the body's files. */
  mediaIds?: string[] | undefined;
  /** Replaces the replies, and their files with them. */
  thread?: ThreadPartInput[] | undefined;
  /** A new time, or null to make it a draft again. */
  scheduledAt?: Date | null | undefined;
}

/**
 * Edits a post's text or time (the calendar's drag): allowed while none of its targets is on
 * its way out or published. Targets take the new time; a draft that gets a time is scheduled
 * (its parts get their keys), a post that loses it is a draft again.
 */
export async function updatePost(ctx: ServiceContext, workspaceId: string, id: string, change: PostChange) {
  const post = await findPost(ctx, workspaceId, id);
  const targets = await targetsOf(ctx, [post.id]);
  if (targets.some((t) => !EDITABLE.includes(t.status))) {
    throw new Conflict('This post has started publishing; only the targets that failed can be retried.');
  }
  // A thread that failed halfway has parts on the platform: new keys would post them again.
  if (targets.some((t) => t.parts.some((part) => part.externalId))) {
    throw new Conflict('Part of this post is published already; retry it instead of changing it.');
  }
  const body = change.body ?? post.body;
  const thread: ThreadPart[] = change.thread ? change.thread.map((part) => ({ body: part.body })) : post.thread;
  const accounts = await accountsById(
    ctx,
    workspaceId,
    targets.map((t) => t.accountId),
  );
  const files = await filesAfter(ctx, workspaceId, post, change);
  const now = new Date();
  const scheduledAt = change.scheduledAt === undefined ? post.scheduledAt : change.scheduledAt;
  const status = scheduledAt ? 'scheduled' : 'draft';
  assertPublishable({
    body,
    thread,
    targets: targets.map((t) => ({ accountId: t.accountId, ...(t.body === null ? {} : { body: t.body }) })),
    accounts,
    media: files.parts,
    scheduling: status === 'scheduled',
    requireAltText: (await workspaceRules(ctx, workspaceId)).requireAltText,
  });
  const writes: BatchItem<'sqlite'>[] = [
    ctx.db.update(posts).set({ body, thread, status, scheduledAt, updatedAt: now }).where(eq(posts.id, post.id)),
    ...(files.changed ? writePostMedia(ctx, workspaceId, post.id, files.parts, true) : []),
  ];
  for (const target of targets) {
    const account = accounts.get(target.accountId);
    // A held target stays held until its account is reconnected; its new time waits with it.
    const next = target.status === 'held' ? 'held' : status;
    writes.push(
      ctx.db
        .update(postTargets)
        .set({
          status: next,
          scheduledAt,
          parts: next === 'draft' || !account ? [] : partKeys(account.platform, target.id, 1 + thread.length),
          error: next === 'held' ? target.error : null,
          attempts: 0,
          stateAt: now,
          updatedAt: now,
        })
        .where(and(eq(postTargets.id, target.id), inArray(postTargets.status, [...EDITABLE]))),
    );
  }
  await commitWithAudit(ctx, writes, {
    workspaceId,
    action: 'post.updated',
    targetType: 'post',
    targetId: post.id,
    metadata: { status, scheduledAt: scheduledAt?.toISOString() ?? null },
  });
  return getPost(ctx, workspaceId, post.id);
}

/**
 * A post's files once `change` is applied: the body's replaced when `mediaIds` is given, the
 * replies' when `thread` is (as their text is), the rest as stored.
 */
async function filesAfter(ctx: ServiceContext, workspaceId: string, post: Post, change: PostChange) {
  const stored = (await mediaOfPosts(ctx, [{ id: post.id, partCount: 1 + post.thread.length }])).get(post.id) ?? [];
  if (change.mediaIds === undefined && change.thread === undefined) return { parts: stored, changed: false };
  const ids = (files: readonly { id: string }[] | undefined) => (files ?? []).map((file) => file.id);
  const parts = await resolveMedia(ctx, workspaceId, [
    { path: 'mediaIds', ids: change.mediaIds ?? ids(stored[0]) },
    ...(change.thread
      ? change.thread.map((part, j) => ({ path: `thread[${j}].mediaIds`, ids: part.mediaIds ?? [] }))
      : post.thread.map((_, j) => ({ path: `thread[${j}].mediaIds`, ids: ids(stored[j + 1]) }))),
  ]);
  return { parts, changed: true };
}

/** Deletes a post from Crowsnest (what was published stays on the platforms); refused mid-publish. */
export async function deletePost(ctx: ServiceContext, workspaceId: string, id: string): Promise<void> {
  const post = await findPost(ctx, workspaceId, id);
  const targets = await targetsOf(ctx, [post.id]);
  if (targets.some((t) => IN_FLIGHT.includes(t.status))) {
    throw new Conflict('This post is being published; delete it once every target has finished.');
  }
  await commitWithAudit(ctx, [ctx.db.delete(posts).where(eq(posts.id, post.id))], {
    workspaceId,
    action: 'post.deleted',
    targetType: 'post',
    targetId: post.id,
  });
}

/**
 * Tries a post's failed targets again (and held ones whose account is active again), fresh: an
 * unconfirmed one is looked up first, as ever; only those among `targetIds` when it is given.
 * Answers the post.
 */
export async function retryPost(ctx: ServiceContext, workspaceId: string, id: string, targetIds?: readonly string[]) {
  const post = await findPost(ctx, workspaceId, id);
  const targets = await ctx.db
    .select({ target: postTargets, accountStatus: socialAccounts.status, platform: socialAccounts.platform })
    .from(postTargets)
    .innerJoin(socialAccounts, eq(socialAccounts.id, postTargets.accountId))
    .where(eq(postTargets.postId, post.id));
  const retryable = targets.filter(
    ({ target, accountStatus }) =>
      (!targetIds || targetIds.includes(target.id)) &&
      (target.status === 'failed' ||
        target.status === 'unconfirmed' ||
        (target.status === 'held' && accountStatus === 'active')),
  );
  if (retryable.length === 0) throw new Conflict('No target of this post is waiting for a retry.');
  const now = new Date();
  const writes: BatchItem<'sqlite'>[] = retryable.map(({ target }) =>
    ctx.db
      .update(postTargets)
      .set({
        // Whether an unconfirmed target landed is still unknown: it is looked up before it is sent.
        status: target.status === 'unconfirmed' ? 'unconfirmed' : 'queued',
        attempts: 0,
        error: null,
        stateAt: now,
        updatedAt: now,
      })
      .where(and(eq(postTargets.id, target.id), eq(postTargets.status, target.status))),
  );
  for (const { target } of retryable) {
    writes.push(
      ctx.db.insert(postEvents).values({
        id: newId('pev', now.getTime()),
        workspaceId,
        postId: post.id,
        targetId: target.id,
        status: target.status === 'unconfirmed' ? 'unconfirmed' : 'queued',
        reason: 'Retry requested.',
        at: now,
      }),
    );
  }
  await commitWithAudit(ctx, writes, {
    workspaceId,
    action: 'post.retry_requested',
    targetType: 'post',
    targetId: post.id,
    metadata: { targets: retryable.map(({ target }) => target.id) },
  });
  await enqueue(
    ctx.env,
    retryable.map(({ target, platform }) => ({ ...target, platform })),
  );
  return getPost(ctx, workspaceId, post.id);
}
