import { and, asc, eq, gt, or } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { type ExportSection, pagedRows } from '../../core/export-section';
import { type PostMedia, postMedia } from '../../db/schema/media';
import { postEvents } from '../../db/schema/post-events';
import { postTargets } from '../../db/schema/post-targets';
import { postingSlots } from '../../db/schema/posting-slots';
import { posts } from '../../db/schema/posts';
import { socialAccounts } from '../../db/schema/social-accounts';

const PAGE = 500;

/** The files of the workspace's posts, by post, part and position: its key is all three, so pages follow all three. */
export async function* postMediaRows(ctx: ServiceContext, workspaceId: string): AsyncGenerator<PostMedia> {
  let after: PostMedia | undefined;
  for (;;) {
    const rows = await ctx.db
      .select()
      .from(postMedia)
      .where(
        and(
          eq(postMedia.workspaceId, workspaceId),
          after &&
            or(
              gt(postMedia.postId, after.postId),
              and(eq(postMedia.postId, after.postId), gt(postMedia.part, after.part)),
              and(
                eq(postMedia.postId, after.postId),
                eq(postMedia.part, after.part),
                gt(postMedia.position, after.position),
              ),
            ),
        ),
      )
      .orderBy(asc(postMedia.postId), asc(postMedia.part), asc(postMedia.position))
      .limit(PAGE);
    yield* rows;
    after = rows.at(-1);
    if (!after || rows.length < PAGE) return;
  }
}

/** The workspace's accounts (never their credentials), their posting times, posts, their files, targets and timelines. */
export const PUBLISHING_EXPORTS: readonly ExportSection[] = [
  {
    key: 'accounts',
    tables: ['social_accounts'],
    read: async function* (ctx, workspaceId) {
      for await (const { credentials: _sealed, ...account } of pagedRows(
        ctx,
        socialAccounts,
        'id',
        eq(socialAccounts.workspaceId, workspaceId),
      )) {
        yield account;
      }
    },
  },
  {
    key: 'posts',
    tables: ['posts'],
    read: (ctx, workspaceId) => pagedRows(ctx, posts, 'id', eq(posts.workspaceId, workspaceId)),
  },
  {
    key: 'postTargets',
    tables: ['post_targets'],
    read: (ctx, workspaceId) => pagedRows(ctx, postTargets, 'id', eq(postTargets.workspaceId, workspaceId)),
  },
  {
    key: 'postMedia',
    tables: ['post_media'],
    read: postMediaRows,
  },
  {
    key: 'postingSlots',
    tables: ['posting_slots'],
    read: (ctx, workspaceId) => pagedRows(ctx, postingSlots, 'id', eq(postingSlots.workspaceId, workspaceId)),
  },
  {
    key: 'postEvents',
    tables: ['post_events'],
    read: (ctx, workspaceId) => pagedRows(ctx, postEvents, 'id', eq(postEvents.workspaceId, workspaceId)),
  },
];
