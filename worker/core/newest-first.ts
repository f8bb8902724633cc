import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ServiceContext } from './context';
import { decodeCursor, toPage } from './http/pagination';

/** A tenant table keyed by a time-ordered id (lib/ids.ts), so id order is creation order. */
type TenantTable = SQLiteTable & { id: SQLiteColumn; workspaceId: SQLiteColumn };

/**
 * One page of a workspace's rows of `table`, newest first (`?limit&cursor`, `{items, nextCursor}`):
 * the list every plain collection of the API answers.
 */
export async function newestFirst<T extends TenantTable, U>(
  ctx: ServiceContext,
  table: T,
  workspaceId: string,
  filter: { limit: number; cursor?: string | undefined },
  present: (row: T['$inferSelect']) => U,
  /** Narrows the list further (a search, a filter). */
  where?: SQL,
) {
  const after = decodeCursor(filter.cursor, 1);
  const rows: T['$inferSelect'][] = await ctx.db
    .select()
    .from(table as SQLiteTable)
    .where(and(eq(table.workspaceId, workspaceId), after ? lt(table.id, String(after[0])) : undefined, where))
    .orderBy(desc(table.id))
    .limit(filter.limit + 1);
  return toPage(rows, filter.limit, (row) => [String(row.id)], present);
}
