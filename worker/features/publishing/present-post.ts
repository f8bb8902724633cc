import type { PostEvent } from '../../db/schema/post-events';
import type { PostTarget } from '../../db/schema/post-targets';
import type { Post } from '../../db/schema/posts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** A post as the API shows it, with each target's state and, when given, its timeline. */
export function presentPost(post: Post, targets: readonly PostTarget[], events?: readonly PostEvent[]) {
  return {
    id: post.id,
    status: post.status,
    body: post.body,
    thread: post.thread,
    scheduledAt: iso(post.scheduledAt),
    createdAt: post.createdAt.toISOString(),
    updatedAt: post.updatedAt.toISOString(),
    targets: targets.map((target) => ({
      id: target.id,
      accountId: target.accountId,
      body: target.body,
      status: target.status,
      externalId: target.externalId,
      url: target.url,
      error: target.error,
      attempts: target.attempts,
      publishedAt: iso(target.publishedAt),
      events: (events ?? [])
        .filter((event) => event.targetId === target.id)
        .map((event) => ({ status: event.status, at: event.at.toISOString(), reason: event.reason })),
    })),
  };
}
