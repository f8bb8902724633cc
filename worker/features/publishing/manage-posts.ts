import { and, asc, desc, eq, gte, inArray, lt, lte } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { Conflict, ResourceNotFound, ValidationFailed } from '../../core/http/errors';
import { decodeCursor, toPage } from '../../core/http/pagination';
import { postEvents } from '../../db/schema/post-events';
import { type PostTarget, postTargets, type TargetStatus } from '../../db/schema/post-targets';
import { type Post, posts, type ThreadPart } from '../../db/schema/posts';
import { socialAccounts } from '../../db/schema/social-accounts';
import { chunkForParams } from '../../lib/bound-params';
import { newId } from '../../lib/ids';
import { enqueue } from './claim';
import { accountsById } from './create-post';
import { partKeys } from './post-rows';
import { presentPost } from './present-post';
import { targetProblems } from './validate-post';

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
  return presentPost(post, targets, events);
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
  const targets = await targetsOf(
    ctx,
    rows.slice(0, filter.limit).map((p) => p.id),
  );
  return toPage(
    rows,
    filter.limit,
    (post) => [post.id],
    (post) =>
      presentPost(
        post,
        targets.filter((t) => t.postId === post.id),
      ),
  );
}

export interface PostChange {
  body?: string | undefined;
  thread?: ThreadPart[] | undefined;
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
  const thread = change.thread ?? post.thread;
  const accounts = await accountsById(
    ctx,
    workspaceId,
    targets.map((t) => t.accountId),
  );
  const problems = targetProblems(
    body,
    thread,
    targets.map((t) => ({ accountId: t.accountId, ...(t.body === null ? {} : { body: t.body }) })),
    accounts,
  );
  if (problems.length > 0) throw new ValidationFailed(problems, 'Some targets cannot take this post as it is.');
  const now = new Date();
  const scheduledAt = change.scheduledAt === undefined ? post.scheduledAt : change.scheduledAt;
  const status = scheduledAt ? 'scheduled' : 'draft';
  const writes: BatchItem<'sqlite'>[] = [
    ctx.db.update(posts).set({ body, thread, status, scheduledAt, updatedAt: now }).where(eq(posts.id, post.id)),
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
    .select({ target: postTargets, accountStatus: socialAccounts.status })
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
    retryable.map(({ target }) => target),
  );
  return getPost(ctx, workspaceId, post.id);
}
