import { and, eq, exists, inArray, notExists, or, type SQL, sql } from 'drizzle-orm';
import { changedRows, commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { Conflict, ResourceNotFound } from '../../core/http/errors';
import { newestFirst } from '../../core/newest-first';
import { type Media, type MediaKind, media, postMedia } from '../../db/schema/media';
import { postTargets } from '../../db/schema/post-targets';
import { posts } from '../../db/schema/posts';
import { presentMedia } from './present';

export async function getMediaRow(ctx: ServiceContext, workspaceId: string, mediaId: string): Promise<Media> {
  const [row] = await ctx.db
    .select()
    .from(media)
    .where(and(eq(media.workspaceId, workspaceId), eq(media.id, mediaId)));
  if (!row) throw new ResourceNotFound('The file');
  return row;
}

/** `%`, `_` and the escape itself match literally in a search. */
function likeTerm(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The library, newest first; `q` searches file names and alt text, `kind` keeps images or videos. */
export function listMedia(
  ctx: ServiceContext,
  workspaceId: string,
  filter: { limit: number; cursor?: string | undefined; q?: string | undefined; kind?: MediaKind | undefined },
) {
  const term = filter.q ? likeTerm(filter.q) : null;
  const where: SQL | undefined = and(
    filter.kind ? eq(media.kind, filter.kind) : undefined,
    term ? or(sql`${media.filename} like ${term} escape '\\'`, sql`${media.alt} like ${term} escape '\\'`) : undefined,
  );
  return newestFirst(ctx, media, workspaceId, filter, (row) => row, where).then(async (page) => ({
    items: await Promise.all(page.items.map((row) => presentMedia(ctx.env.JWT_SECRET, row))),
    nextCursor: page.nextCursor,
  }));
}

export async function updateMedia(ctx: ServiceContext, workspaceId: string, mediaId: string, alt: string | null) {
  const before = await getMediaRow(ctx, workspaceId, mediaId);
  const value = alt === null || alt === '' ? null : alt;
  const updatedAt = new Date();
  await commitWithAudit(ctx, [ctx.db.update(media).set({ alt: value, updatedAt }).where(eq(media.id, before.id))], {
    workspaceId,
    action: 'media.updated',
    targetType: 'media',
    targetId: before.id,
    metadata: { alt: value !== null },
  });
  return { ...before, alt: value, updatedAt };
}

/** Targets in these states are on their way out: the file must stay until they are done. */
const BUSY_TARGETS = ['queued', 'publishing', 'held'] as const;

/** Posts that use the file and will still need it: scheduled, or with a target being published. */
function postsNeeding(ctx: ServiceContext, mediaId: string) {
  return ctx.db
    .selectDistinct({ id: posts.id, body: posts.body, scheduledAt: posts.scheduledAt })
    .from(postMedia)
    .innerJoin(posts, eq(posts.id, postMedia.postId))
    .where(
      and(
        eq(postMedia.mediaId, mediaId),
        or(
          eq(posts.status, 'scheduled'),
          exists(
            ctx.db
              .select({ one: sql`1` })
              .from(postTargets)
              .where(and(eq(postTargets.postId, posts.id), inArray(postTargets.status, BUSY_TARGETS))),
          ),
        ),
      ),
    );
}

/**
 * Deletes a file and its bytes, unless a post that will still be published uses it (409 naming
 * the posts). The check is part of the delete statement, so a post scheduled in between cannot
 * slip past it.
 */
export async function deleteMedia(ctx: ServiceContext, workspaceId: string, mediaId: string): Promise<void> {
  const row = await getMediaRow(ctx, workspaceId, mediaId);
  const [deleted] = await commitWithAudit(
    ctx,
    [ctx.db.delete(media).where(and(eq(media.id, row.id), notExists(postsNeeding(ctx, row.id))))],
    {
      workspaceId,
      action: 'media.deleted',
      targetType: 'media',
      targetId: row.id,
      metadata: { filename: row.filename, sha256: row.sha256 },
    },
    { when: sql`not exists (select 1 from ${media} where ${media.id} = ${row.id})` },
  );
  if (changedRows(deleted) === 0) {
    const needing = await postsNeeding(ctx, row.id).limit(5);
    const names = needing.map((post) => `${post.id} (“${excerpt(post.body)}”)`).join(', ');
    throw new Conflict(
      `This file is used by a post that is scheduled or being published: ${names || 'one of them'}. Take the file out of the post, or wait until it is published, then delete it.`,
    );
  }
  await ctx.env.MEDIA.delete(row.r2Key);
}

function excerpt(body: string): string {
  return body.length > 40 ? `${body.slice(0, 40)}…` : body;
}
