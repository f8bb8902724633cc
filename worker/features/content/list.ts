import { and, desc, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { type CursorKey, decodeCursor, toPage } from '../../core/http/pagination';
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

/** When an item was published, or for one the platform gave no date, when it was first seen. */
const WHEN = sql<number>`coalesce(${contentItems.publishedAt}, ${contentItems.firstSeenAt})`;

/**
 * The sort keys of each order, all descending, the id last. A date-sorted list puts items
 * without a date below every dated one (their first sighting is not when they were
 * published), newest first seen first; items without views still sort, last.
 */
const SORT_KEYS: Record<ContentSort, SQL<number>[]> = {
  published: [sql<number>`(${contentItems.publishedAt} IS NOT NULL)`, WHEN],
  views: [sql<number>`coalesce(${contentItems.views}, -1)`],
  engagement: [sql<number>`${contentItems.engagement}`],
};

/** Rows strictly after the cursor's: SQLite compares row values part by part, as the order sorts. */
function afterCursor(keys: SQL<number>[], cursor: CursorKey): SQL {
  const columns = sql.join([...keys, sql`${contentItems.id}`], sql`, `);
  const values = sql.join(
    cursor.map((part) => sql`${part}`),
    sql`, `,
  );
  return sql`(${columns}) < (${values})`;
}

/** A workspace's content, filtered, searched (FTS5 over title and text) and sorted, newest or biggest first. */
export async function listContent(ctx: ServiceContext, workspaceId: string, filter: ContentFilter) {
  const keys = SORT_KEYS[filter.sort];
  const after = decodeCursor(filter.cursor, keys.length + 1);
  const match = filter.q ? ftsQuery(filter.q) : null;
  if (filter.q && !match) return { items: [], nextCursor: null };
  const rows = await ctx.db
    .select({ item: contentItems, sortKeys: Object.fromEntries(keys.map((key, i) => [`k${i}`, key])) })
    .from(contentItems)
    .where(
      and(
        eq(contentItems.workspaceId, workspaceId),
        filter.sourceId ? eq(contentItems.sourceId, filter.sourceId) : undefined,
        filter.platform ? eq(contentItems.platform, filter.platform) : undefined,
        filter.since ? gte(WHEN, filter.since.getTime()) : undefined,
        match
          ? sql`${contentItems}.rowid IN (SELECT rowid FROM content_fts WHERE content_fts MATCH ${match})`
          : undefined,
        after ? afterCursor(keys, after) : undefined,
      ),
    )
    .orderBy(...keys.map((key) => desc(key)), desc(contentItems.id))
    .limit(filter.limit + 1);
  const page = toPage(rows, filter.limit, (row) => [...keys.map((_, i) => Number(row.sortKeys[`k${i}`])), row.item.id]);
  const items = await Promise.all(page.items.map((row) => presentContent(row.item, ctx.env.JWT_SECRET)));
  return { items, nextCursor: page.nextCursor };
}
