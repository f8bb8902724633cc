import { and, eq } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { PayloadTooLarge, UnsupportedMediaType } from '../../core/http/errors';
import { uniqueViolation } from '../../db/errors';
import { type Media, media } from '../../db/schema/media';
import { newId } from '../../lib/ids';
import { ACCEPTED_TYPES, probeMedia, SNIFF_BYTES, type Sniffed, sniffType } from '../../lib/media-probe';
import { mediaLimits } from './limits';
import { storeStream } from './store-stream';

export interface Upload {
  body: ReadableStream<Uint8Array>;
  /** Content-Length, when the client sent one. */
  declaredBytes: number | null;
  filename: string | null;
  alt: string | null;
}

/** The R2 key of a workspace's file: under the workspace's prefix, so deleting the workspace finds it. */
export function mediaKey(workspaceId: string, mediaId: string): string {
  return `${mediaPrefix(workspaceId)}${mediaId}`;
}

export function mediaPrefix(workspaceId: string): string {
  return `workspaces/${workspaceId}/media/`;
}

/**
 * Stores an upload in the workspace's library: its type sniffed from the first bytes (415 for
 * anything else, before a byte is stored), streamed to R2 while hashed, then probed for size
 * and duration with ranged reads. The same bytes already in the library are that file
 * (`created: false`), and the new copy is deleted.
 */
export async function uploadMedia(
  ctx: ServiceContext,
  workspaceId: string,
  upload: Upload,
  userId: string | null,
): Promise<{ media: Media; created: boolean }> {
  const limits = mediaLimits(ctx.env);
  if (upload.declaredBytes !== null && upload.declaredBytes > limits.maxBytes)
    throw new PayloadTooLarge(limits.maxBytes);
  const reader = upload.body.getReader();
  const { head, sniffed } = await sniff(reader);
  const now = new Date();
  const id = newId('med', now.getTime());
  const key = mediaKey(workspaceId, id);
  const stored = await storeStream(ctx.env.MEDIA, key, rest(head, reader), upload.declaredBytes, sniffed.type, limits);

  const existing = await findBySha(ctx, workspaceId, stored.sha256);
  if (existing) {
    await ctx.env.MEDIA.delete(key);
    return { media: existing, created: false };
  }
  const probed = await probeMedia(sniffed.type, stored.bytes, async (offset, length) => {
    const object = await ctx.env.MEDIA.get(key, { range: { offset, length } });
    return object ? new Uint8Array(await object.arrayBuffer()) : new Uint8Array(0);
  });
  const row: Media = {
    id,
    workspaceId,
    kind: sniffed.kind,
    contentType: sniffed.type,
    bytes: stored.bytes,
    sha256: stored.sha256,
    ...probed,
    alt: upload.alt,
    filename: upload.filename,
    r2Key: key,
    createdBy: userId,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await commitWithAudit(ctx, [ctx.db.insert(media).values(row)], {
      workspaceId,
      action: 'media.uploaded',
      targetType: 'media',
      targetId: id,
      metadata: { type: row.contentType, bytes: row.bytes, filename: row.filename },
    });
  } catch (error) {
    await ctx.env.MEDIA.delete(key);
    // The same bytes, uploaded at the same moment by someone else: theirs is the file.
    const winner = uniqueViolation(error) ? await findBySha(ctx, workspaceId, stored.sha256) : undefined;
    if (winner) return { media: winner, created: false };
    throw error;
  }
  return { media: row, created: true };
}

async function findBySha(ctx: ServiceContext, workspaceId: string, sha256: string): Promise<Media | undefined> {
  const [row] = await ctx.db
    .select()
    .from(media)
    .where(and(eq(media.workspaceId, workspaceId), eq(media.sha256, sha256)));
  return row;
}

type Reader = ReadableStreamDefaultReader<Uint8Array>;

/** Reads until the sniffer has its bytes (or the body ends), and answers 415 for what it does not know. */
async function sniff(reader: Reader): Promise<{ head: Uint8Array[]; sniffed: Sniffed }> {
  const head: Uint8Array[] = [];
  let length = 0;
  while (length < SNIFF_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    head.push(value);
    length += value.byteLength;
  }
  const first = new Uint8Array(length);
  let at = 0;
  for (const chunk of head) {
    first.set(chunk, at);
    at += chunk.byteLength;
  }
  const sniffed = sniffType(first);
  if (!sniffed) {
    await reader.cancel().catch(() => undefined);
    throw new UnsupportedMediaType(
      `The file is none of the types the library takes, judged by its bytes (not its name or Content-Type): ${ACCEPTED_TYPES.join(', ')}.`,
    );
  }
  return { head, sniffed };
}

/** The chunks read while sniffing, then the rest of the body. */
async function* rest(head: Uint8Array[], reader: Reader): AsyncGenerator<Uint8Array> {
  yield* head;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}
