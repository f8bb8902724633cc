import { and, eq, inArray } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { ReadItem } from '../../../connectors/readers/types';
import type { ServiceContext } from '../../../core/context';
import { contentItems } from '../../../db/schema/content-items';
import { metricSnapshots } from '../../../db/schema/metric-snapshots';
import type { Source } from '../../../db/schema/sources';
import { httpUrl, httpUrls, withoutActiveLinks } from '../../../lib/http-url';
import { newId } from '../../../lib/ids';
import { sanitizeHtml } from '../../../lib/sanitize-html';
import { engagementOf, fingerprint, hasMetrics, METRIC_KEYS, metricColumns } from './fingerprint';

/**
 * Items per D1 batch: each costs up to two statements, and the lookup of the chunk's
 * existing rows binds one parameter per item plus two, within D1's 100 per statement.
 */
const CHUNK = 50;

export interface UpsertOutcome {
  created: string[];
  /** Items whose content or numbers changed. */
  updated: string[];
  unchanged: number;
}

/**
 * The item with only absolute http(s) links, whatever its reader let through: the content API
 * hands these out, and a javascript: or data: link there runs in whoever follows it.
 */
function withSafeLinks(item: ReadItem): ReadItem {
  return {
    ...item,
    url: httpUrl(item.url),
    mediaUrls: httpUrls(item.mediaUrls),
    imageUrl: httpUrl(item.imageUrl),
    extra: withoutActiveLinks(item.extra),
  };
}

/** The last occurrence wins when a feed lists an item twice. */
function uniqueByExternalId(items: ReadItem[]): ReadItem[] {
  return [...new Map(items.map((item) => [item.externalId, item])).values()];
}

/**
 * Upserts items by (workspace, platform, externalId): new ones are inserted, changed ones
 * rewritten, unchanged ones left alone. Every read that carries numbers appends a metric
 * snapshot, so growth can be computed later. Item HTML is sanitized before it is stored, and
 * links that are not http(s) are dropped.
 */
export async function upsertItems(
  ctx: ServiceContext,
  source: Source,
  platform: string,
  items: ReadItem[],
  onProgress: (done: number, total: number) => Promise<void>,
): Promise<UpsertOutcome> {
  const outcome: UpsertOutcome = { created: [], updated: [], unchanged: 0 };
  const all = uniqueByExternalId(items).map(withSafeLinks);
  const now = new Date();
  for (let start = 0; start < all.length; start += CHUNK) {
    const chunk = all.slice(start, start + CHUNK);
    const existing = await ctx.db
      .select({
        id: contentItems.id,
        externalId: contentItems.externalId,
        fingerprint: contentItems.fingerprint,
        views: contentItems.views,
        likes: contentItems.likes,
        comments: contentItems.comments,
        shares: contentItems.shares,
        score: contentItems.score,
      })
      .from(contentItems)
      .where(
        and(
          eq(contentItems.workspaceId, source.workspaceId),
          eq(contentItems.platform, platform),
          inArray(
            contentItems.externalId,
            chunk.map((item) => item.externalId),
          ),
        ),
      );
    const known = new Map(existing.map((row) => [row.externalId, row]));
    const writes: BatchItem<'sqlite'>[] = [];
    for (const item of chunk) {
      const metrics = metricColumns(item.metrics);
      const print = await fingerprint(item);
      const previous = known.get(item.externalId);
      const id = previous?.id ?? newId('cnt', now.getTime());
      const numbers = { ...metrics, engagement: engagementOf(metrics), updatedAt: now };
      if (!previous) {
        writes.push(
          ctx.db.insert(contentItems).values({
            ...(await contentFields(item)),
            ...numbers,
            id,
            workspaceId: source.workspaceId,
            sourceId: source.id,
            platform,
            externalId: item.externalId,
            fingerprint: print,
            firstSeenAt: now,
          }),
        );
        outcome.created.push(id);
      } else if (previous.fingerprint !== print) {
        writes.push(
          ctx.db
            .update(contentItems)
            .set({ ...(await contentFields(item)), ...numbers, fingerprint: print, sourceId: source.id })
            .where(eq(contentItems.id, id)),
        );
        outcome.updated.push(id);
      } else if (METRIC_KEYS.some((key) => metrics[key] !== previous[key])) {
        writes.push(ctx.db.update(contentItems).set(numbers).where(eq(contentItems.id, id)));
        outcome.updated.push(id);
      } else {
        outcome.unchanged++;
      }
      if (hasMetrics(metrics))
        writes.push(
          ctx.db
            .insert(metricSnapshots)
            .values({ id: newId('met', now.getTime()), contentId: id, capturedAt: now, ...metrics }),
        );
    }
    const [first, ...rest] = writes;
    if (first) await ctx.db.batch([first, ...rest]);
    await onProgress(Math.min(start + CHUNK, all.length), all.length);
  }
  return outcome;
}

async function contentFields(item: ReadItem) {
  return {
    url: item.url,
    title: item.title,
    text: item.text,
    html: item.html ? await sanitizeHtml(item.html, item.url ?? 'https://invalid.invalid/') : null,
    author: item.author,
    publishedAt: item.publishedAt ? new Date(item.publishedAt) : null,
    mediaUrls: item.mediaUrls,
    imageUrl: item.imageUrl,
    tags: item.tags,
    extra: item.extra,
  };
}
