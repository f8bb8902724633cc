import type { BatchItem } from 'drizzle-orm/batch';
import { publisherFor } from '../../connectors/publishers';
import type { Db } from '../../db/client';
import { type PostEvent, postEvents } from '../../db/schema/post-events';
import { type PostTarget, postTargets, type TargetPart } from '../../db/schema/post-targets';
import { type Post, posts, type ThreadPart } from '../../db/schema/posts';
import type { SocialAccount } from '../../db/schema/social-accounts';
import { chunkForParams } from '../../lib/bound-params';
import { newId } from '../../lib/ids';
import type { TargetDraft } from './validate-post';

/** A checked post about to be written: a draft when `scheduledAt` is null. */
export interface NewPost {
  body: string;
  thread: ThreadPart[];
  targets: readonly TargetDraft[];
  scheduledAt: Date | null;
}

/** The rows of one new post: the post, its targets, and (when scheduled) their first events. */
export interface PostRows {
  post: Post;
  targets: PostTarget[];
  events: PostEvent[];
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
 * The rows of a post whose targets were checked (targetProblems) against `accounts`. One
 * builder for creating, importing and duplicating, so the three write the same shape.
 */
export function newPostRows(
  workspaceId: string,
  input: NewPost,
  accounts: ReadonlyMap<string, SocialAccount>,
  createdBy: string | null,
  now: Date,
): PostRows {
  const status = input.scheduledAt ? 'scheduled' : 'draft';
  const post: Post = {
    id: newId('post', now.getTime()),
    workspaceId,
    body: input.body,
    thread: input.thread,
    status,
    scheduledAt: input.scheduledAt,
    createdBy,
    createdAt: now,
    updatedAt: now,
  };
  const targets = input.targets.map((draft) => {
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
        scheduledAt: input.scheduledAt,
        parts: status === 'scheduled' && account ? partKeys(account.platform, id, 1 + input.thread.length) : [],
      },
      now,
    );
  });
  const events: PostEvent[] =
    status === 'scheduled'
      ? targets.map((t) => ({
          id: newId('pev', now.getTime()),
          workspaceId,
          postId: post.id,
          targetId: t.id,
          status: 'scheduled',
          reason: null,
          at: now,
        }))
      : [];
  return { post, targets, events };
}

/** The inserts of many posts' rows, each statement within D1's 100 bound parameters. */
export function insertPostRows(db: Db, rows: readonly PostRows[]): BatchItem<'sqlite'>[] {
  // Column counts: posts 9, post_targets 16, post_events 7.
  return [
    ...chunkForParams(
      rows.map((r) => r.post),
      0,
      9,
    ).map((chunk) => db.insert(posts).values(chunk)),
    ...chunkForParams(
      rows.flatMap((r) => r.targets),
      0,
      16,
    ).map((chunk) => db.insert(postTargets).values(chunk)),
    ...chunkForParams(
      rows.flatMap((r) => r.events),
      0,
      7,
    ).map((chunk) => db.insert(postEvents).values(chunk)),
  ];
}
