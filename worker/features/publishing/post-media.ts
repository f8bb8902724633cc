import { and, asc, eq, inArray } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { MediaToPublish } from '../../connectors/publishers/publisher';
import type { ServiceContext } from '../../core/context';
import { type FieldError, UnprocessableFields } from '../../core/http/errors';
import { BadRequest } from '../../core/outbound/errors';
import { type Media, media, type PostMedia, postMedia } from '../../db/schema/media';
import { chunkForParams } from '../../lib/bound-params';

/** The files of each part of a post, part 0 (the body) first, each part's in order. */
export type PartsMedia = Media[][];

/** Where each part's ids sit in the request, so an unknown one is answered at its path. */
export interface RequestedMedia {
  path: string;
  ids: readonly string[];
}

/**
 * The workspace's files for each part, in the order asked. An id that is not in this
 * workspace's library (unknown, or another workspace's) refuses the request at its path:
 * 422, nothing written.
 */
export async function resolveMedia(
  ctx: ServiceContext,
  workspaceId: string,
  parts: readonly RequestedMedia[],
): Promise<PartsMedia> {
  const wanted = [...new Set(parts.flatMap((part) => part.ids))];
  const found = new Map<string, Media>();
  for (const chunk of chunkForParams(wanted, 1)) {
    const rows = await ctx.db
      .select()
      .from(media)
      .where(and(eq(media.workspaceId, workspaceId), inArray(media.id, chunk)));
    for (const row of rows) found.set(row.id, row);
  }
  const problems: FieldError[] = [];
  const resolved = parts.map(({ path, ids }) =>
    ids.flatMap((id, k) => {
      const file = found.get(id);
      if (!file) problems.push({ path: `${path}[${k}]`, message: 'No such file in this workspace’s media library.' });
      return file ? [file] : [];
    }),
  );
  if (problems.length > 0) throw new UnprocessableFields(problems, 'Some files are not in this workspace’s library.');
  return resolved;
}

/** The statements that make `parts` a post's files (its earlier ones removed), for the post's own batch. */
export function writePostMedia(
  ctx: ServiceContext,
  workspaceId: string,
  postId: string,
  parts: PartsMedia,
  replacing: boolean,
): BatchItem<'sqlite'>[] {
  const rows: PostMedia[] = parts.flatMap((files, part) =>
    files.map((file, position) => ({ postId, part, position, workspaceId, mediaId: file.id })),
  );
  const writes: BatchItem<'sqlite'>[] = replacing ? [ctx.db.delete(postMedia).where(eq(postMedia.postId, postId))] : [];
  for (const chunk of chunkForParams(rows, 0, 5)) writes.push(ctx.db.insert(postMedia).values(chunk));
  return writes;
}

/** Each post's files by part (`partCount` parts each; parts without files are empty). */
export async function mediaOfPosts(
  ctx: ServiceContext,
  posts: readonly { id: string; partCount: number }[],
): Promise<Map<string, PartsMedia>> {
  const byPost = new Map<string, PartsMedia>(
    posts.map((post) => [post.id, Array.from({ length: post.partCount }, () => [])]),
  );
  for (const chunk of chunkForParams(
    posts.map((post) => post.id),
    0,
  )) {
    const rows = await ctx.db
      .select({ link: postMedia, file: media })
      .from(postMedia)
      .innerJoin(media, eq(media.id, postMedia.mediaId))
      .where(inArray(postMedia.postId, chunk))
      .orderBy(asc(postMedia.postId), asc(postMedia.part), asc(postMedia.position));
    for (const { link, file } of rows) byPost.get(link.postId)?.[link.part]?.push(file);
  }
  return byPost;
}

/** Where the API serves a file's bytes (the media library's route). */
export const mediaContentPath = (file: Pick<Media, 'workspaceId' | 'id'>) =>
  `/api/v1/workspaces/${file.workspaceId}/media/${file.id}/content`;

/** A file of a post as the API shows it. */
export function presentMedia(file: Media) {
  return {
    id: file.id,
    kind: file.kind,
    type: file.contentType,
    url: mediaContentPath(file),
    alt: file.alt,
    width: file.width,
    height: file.height,
    durationMs: file.durationMs,
  };
}

/**
 * A file as a publisher gets it: its facts, and its bytes opened from R2 afresh on each call.
 * A file gone from storage cannot be published by any retry: the part fails (BadRequest).
 */
export function mediaToPublish(env: Env, file: Media): MediaToPublish {
  return {
    id: file.id,
    kind: file.kind,
    type: file.contentType,
    bytes: file.bytes,
    sha256: file.sha256,
    width: file.width,
    height: file.height,
    durationMs: file.durationMs,
    alt: file.alt,
    open: async () => {
      const object = await env.MEDIA.get(file.r2Key);
      if (!object) throw new BadRequest(`The file ${file.filename ?? file.id} is no longer in storage.`);
      return object.body;
    },
  };
}
