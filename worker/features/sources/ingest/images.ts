import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../../core/context';
import { ConnectorError } from '../../../core/outbound/errors';
import { outboundFetch } from '../../../core/outbound/fetch';
import { contentItems } from '../../../db/schema/content-items';
import type { Source } from '../../../db/schema/sources';
import { toHex } from '../../../lib/encoding';
import { logInfo } from '../../../lib/log';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif']);
const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
/** Images stored per run; the rest wait for the next run, so one run stays short. */
const PER_RUN = 20;

/** R2 key of an image: content-addressed, so the same picture is stored once. */
export function imageKey(sha256: string): string {
  return `images/sha256/${sha256}`;
}

/**
 * Copies thumbnails and lead images of the source's items into R2 — keyed by the SHA-256 of
 * their bytes — so the app never hotlinks third-party images. Only real images under 2 MB
 * are kept; an image that cannot be stored is marked and not tried again.
 */
export async function storeImages(ctx: ServiceContext, source: Source): Promise<{ stored: number; skipped: number }> {
  const pending = await ctx.db
    .select({ id: contentItems.id, imageUrl: contentItems.imageUrl })
    .from(contentItems)
    .where(
      and(
        eq(contentItems.sourceId, source.id),
        isNull(contentItems.imageKey),
        isNotNull(contentItems.imageUrl),
        sql`json_extract(${contentItems.extra}, '$.imageError') IS NULL`,
      ),
    )
    .limit(PER_RUN);
  let stored = 0;
  let skipped = 0;
  for (const item of pending) {
    const url = item.imageUrl ?? '';
    try {
      const res = await outboundFetch(ctx.env, url, {
        accept: 'image/avif,image/webp,image/png,image/jpeg,image/gif',
        maxBytes: MAX_IMAGE_BYTES,
      });
      const type = (res.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!IMAGE_TYPES.has(type)) throw new NotAnImage(`not an image (${type || 'no type'})`);
      const hash = toHex(await crypto.subtle.digest('SHA-256', res.bytes));
      const key = imageKey(hash);
      if (!(await ctx.env.MEDIA.head(key))) {
        await ctx.env.MEDIA.put(key, res.bytes, {
          httpMetadata: { contentType: type, cacheControl: 'public, max-age=31536000, immutable' },
        });
      }
      await ctx.db.update(contentItems).set({ imageKey: key }).where(eq(contentItems.id, item.id));
      stored++;
    } catch (error) {
      if (!(error instanceof ConnectorError || error instanceof NotAnImage)) throw error;
      if (error instanceof ConnectorError && error.retryable) continue;
      await ctx.db
        .update(contentItems)
        .set({ extra: sql`json_set(${contentItems.extra}, '$.imageError', ${error.message})` })
        .where(eq(contentItems.id, item.id));
      skipped++;
    }
  }
  if (skipped > 0) logInfo('ingest.images_skipped', { sourceId: source.id, skipped });
  return { stored, skipped };
}

/** An image we fetched but will not keep. */
class NotAnImage extends Error {}
