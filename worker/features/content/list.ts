import { and, desc, eq, gte, or, type SQL, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { decodeCursor, toPage } from '../../core/http/pagination';
import { contentItems } from '../../db/schema/content-items';
import { ftsQuery } from './fts-query';
import { presentContent } from './present';

export const CONTENT_SORTS = ['published', 'views', 'engagement'] as const;
export type ContentSort = (typeof CONTENT_SORTS)[number];

export interface ContentFilter {
  limit: number;
  cursor?: string | undefined;
  sourceId?: string | undefined;
  platform?: string | undefined;
  q?: string | undefined;
  since?: Date | undefined;
  sort: ContentSort;
}

/** The sort key of each order; items the platform gave no date or views still sort. */
const SORT_KEYS: Record<ContentSort, SQL<number>> = {
  published: sql<number>`coalesce(${contentItems.publishedAt}, ${contentItems.firstSeenAt})`,
  views: sql<number>`coalesce(${contentItems.views}, -1)`,
  engagement: sql<number>`${contentItems.engagement}`,
};

/** A workspace's content, filtered, searched (FTS5 over title and text) and sorted, newest or biggest first. */
export async function listContent(ctx: ServiceContext, workspaceId: string, filter: ContentFilter) {
  const key = SORT_KEYS[filter.sort];
  const after = decodeCursor(filter.cursor, 2);
  const match = filter.q ? ftsQuery(filter.q) : null;
  if (filter.q && !match) return { items: [], nextCursor: null };
  const rows = await ctx.db
    .select({ item: contentItems, sortKey: key })
    .from(contentItems)
    .where(
      and(
        eq(contentItems.workspaceId, workspaceId),
        filter.sourceId ? eq(contentItems.sourceId, filter.sourceId) : undefined,
        filter.platform ? eq(contentItems.platform, filter.platform) : undefined,
        filter.since ? gte(SORT_KEYS.published, filter.since.getTime()) : undefined,
        match
          ? sql`${contentItems}.rowid IN (SELECT rowid FROM content_fts WHERE content_fts MATCH ${match})`
          : undefined,
        after
          ? or(sql`${key} < ${after[0]}`, and(sql`${key} = ${after[0]}`, sql`${contentItems.id} < ${after[1]}`))
          : undefined,
      ),
    )
    .orderBy(desc(key), desc(contentItems.id))
    .limit(filter.limit + 1);
  const page = toPage(rows, filter.limit, (row) => [Number(row.sortKey), row.item.id]);
  const items = await Promise.all(page.items.map((row) => presentContent(row.item, ctx.env.JWT_SECRET)));
  return { items, nextCursor: page.nextCursor };
}
