import { env } from 'cloudflare:workers';
import { type Media, media } from '../worker/db/schema/media';
import { mediaKey } from '../worker/features/media/upload-media';
import { toHex } from '../worker/lib/encoding';
import { newId } from '../worker/lib/ids';
import { probeMedia, sniffType } from '../worker/lib/media-probe';
import type { TestUser } from './factories';
import { sample } from './media';
import { type Batch, into } from './seed-rows';

/**
 * A file in `owner`'s library as POST media leaves it: the bytes in R2 (written at once) and
 * its row, typed and sized by the app's own probe. By default the real 16×16 PNG sample.
 */
export function seedMedia(
  owner: TestUser,
  batch?: Batch,
  options: { bytes?: Uint8Array; filename?: string; alt?: string | null } = {},
): Promise<Media> {
  return into(batch, async (b) => {
    const bytes = options.bytes ?? (await sample('python.png'));
    const sniffed = sniffType(bytes);
    if (!sniffed) throw new Error('seedMedia: not a type the library takes');
    const now = new Date();
    const id = newId('med', now.getTime());
    const key = mediaKey(owner.workspaceId, id);
    await env.MEDIA.put(key, bytes, { httpMetadata: { contentType: sniffed.type } });
    const row: Media = {
      id,
      workspaceId: owner.workspaceId,
      kind: sniffed.kind,
      contentType: sniffed.type,
      bytes: bytes.length,
      sha256: toHex(await crypto.subtle.digest('SHA-256', bytes)),
      ...(await probeMedia(sniffed.type, bytes.length, async (o, l) => bytes.slice(o, o + l))),
      alt: options.alt === undefined ? 'A seeded picture' : options.alt,
      filename: options.filename ?? 'seeded.png',
      r2Key: key,
      createdBy: owner.id,
      createdAt: now,
      updatedAt: now,
    };
    b.add(b.db.insert(media).values(row));
    b.audit(
      owner,
      'media.uploaded',
      { type: 'media', id },
      { type: row.contentType, bytes: row.bytes, filename: row.filename },
    );
    return row;
  });
}
