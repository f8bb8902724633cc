import { and, asc, eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { ResourceNotFound } from '../../core/http/errors';
import { postMedia } from '../../db/schema/media';
import { postTargets } from '../../db/schema/post-targets';
import { posts } from '../../db/schema/posts';
import { chunkForParams } from '../../lib/bound-params';
import { accountsById } from './create-post';
import { getPost } from './manage-posts';
import { insertPostRows, newPostRows } from './post-rows';

/**
 * A new draft with the post's body, thread and targets (each target's own body too) and the
 * same media in the same places. A draft, so nothing is checked now: the copy is checked
 * against its accounts' limits when it is scheduled, as any draft is.
 */
export async function duplicatePost(ctx: ServiceContext, workspaceId: string, id: string, createdBy: string | null) {
  const [post] = await ctx.db
    .select()
    .from(posts)
    .where(and(eq(posts.workspaceId, workspaceId), eq(posts.id, id)));
  if (!post) throw new ResourceNotFound('The post');
  const targets = await ctx.db
    .select({ accountId: postTargets.accountId, body: postTargets.body })
    .from(postTargets)
    .where(eq(postTargets.postId, post.id))
    .orderBy(asc(postTargets.id));
  const media = await ctx.db.select().from(postMedia).where(eq(postMedia.postId, post.id));
  const accounts = await accountsById(
    ctx,
    workspaceId,
    targets.map((t) => t.accountId),
  );
  const now = new Date();
  const rows = newPostRows(
    workspaceId,
    {
      body: post.body,
      thread: post.thread,
      targets: targets.map((t) => ({ accountId: t.accountId, ...(t.body === null ? {} : { body: t.body }) })),
      scheduledAt: null,
    },
    accounts,
    createdBy,
    now,
  );
  const writes: BatchItem<'sqlite'>[] = insertPostRows(ctx.db, [rows]);
  const links = media.map((link) => ({ ...link, postId: rows.post.id }));
  for (const chunk of chunkForParams(links, 0, 5)) writes.push(ctx.db.insert(postMedia).values(chunk));
  await commitWithAudit(ctx, writes, {
    workspaceId,
    action: 'post.created',
    targetType: 'post',
    targetId: rows.post.id,
    metadata: { status: 'draft', targets: rows.targets.length, duplicateOf: post.id },
  });
  return getPost(ctx, workspaceId, rows.post.id);
}
