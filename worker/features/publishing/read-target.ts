import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { TaskMessage } from '../../../queues/task';
import type { ServiceContext } from '../../core/context';
import { groupedReads } from '../../core/group-commit';
import { type Media, media, postMedia } from '../../db/schema/media';
import { postTargets } from '../../db/schema/post-targets';
import { posts } from '../../db/schema/posts';
import { socialAccounts } from '../../db/schema/social-accounts';
import type { PUBLISH_TARGET } from './contracts';

/**
 * The target with its account, post and the post's files by part: one grouped batch
 * (group-commit.ts) of single-table reads, since a batch keys a row's columns by name.
 */
export async function readTarget(ctx: ServiceContext, message: TaskMessage<typeof PUBLISH_TARGET>) {
  const inWorkspace = eq(postTargets.workspaceId, message.workspaceId);
  const postId = sql`(select ${postTargets.postId} from ${postTargets} where ${postTargets.id} = ${message.targetId} and ${inWorkspace})`;
  const [[target], [account], [post], links, files] = await groupedReads(ctx, [
    ctx.db
      .select()
      .from(postTargets)
      .where(and(eq(postTargets.id, message.targetId), inWorkspace)),
    ctx.db
      .select()
      .from(socialAccounts)
      .where(and(eq(socialAccounts.id, message.accountId), eq(socialAccounts.workspaceId, message.workspaceId))),
    ctx.db.select().from(posts).where(eq(posts.id, postId)),
    ctx.db
      .select({ part: postMedia.part, mediaId: postMedia.mediaId })
      .from(postMedia)
      .where(eq(postMedia.postId, postId))
      .orderBy(asc(postMedia.part), asc(postMedia.position)),
    ctx.db
      .select()
      .from(media)
      .where(
        inArray(media.id, ctx.db.select({ id: postMedia.mediaId }).from(postMedia).where(eq(postMedia.postId, postId))),
      ),
  ]);
  if (!target || !account || !post || target.accountId !== account.id) return null;
  const byId = new Map(files.map((file) => [file.id, file]));
  const byPart: Media[][] = Array.from({ length: 1 + post.thread.length }, () => []);
  for (const link of links) {
    const file = byId.get(link.mediaId);
    if (file) byPart[link.part]?.push(file);
  }
  return { target, account, post, files: byPart };
}
