import type { Media } from '../../db/schema/media';
import type { PostEvent } from '../../db/schema/post-events';
import type { PostTarget } from '../../db/schema/post-targets';
import type { Post } from '../../db/schema/posts';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

import { presentMedia } from './post-media';

/**
 * A post as the API shows it, with each part's files (`media[0]` the body's), each target's
 * state and, when given, its timeline.
 */
export function presentPost(
  post: Post,
  targets: readonly PostTarget[],
  media: readonly (readonly Media[])[],
  events?: readonly PostEvent[],
) {
  const filesOf = (part: number) => (media[part] ?? []).map(presentMedia);
  return {
    id: post.id,
    status: post.status,
    body: post.body,
    media: filesOf(0),
    thread: post.thread.map((part, j) => ({ body: part.body, media: filesOf(j + 1) })),
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
