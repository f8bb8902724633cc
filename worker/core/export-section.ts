import { and, asc, gt, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ServiceContext } from './context';

/**
 * A part of the workspace export (`features/exports`): a key in the document and what goes
 * under it. Each feature declares the sections of the tables it owns, so the export grows
 * with the features instead of being edited for each.
 */
export interface ExportSection {
  /** The key in the export document. */
  key: string;
  /** The tenant tables (SQL names) whose rows the section carries, for the test that no table is forgotten. */
  tables: readonly string[];
  /**
   * The section's value: rows page by page (written as a JSON array as they come, so a big
   * table never sits in memory whole), or one value. Secrets are left out here.
   */
  read(ctx: ServiceContext, workspaceId: string): AsyncIterable<unknown> | Promise<unknown>;
}

const PAGE = 500;

/**
 * Every row of `table` matching `where`, in the order of its column `key`, read a page at a
 * time. `key` must be unique (a primary key) so that pages neither skip nor repeat a row.
 */
export async function* pagedRows<T extends SQLiteTable, K extends keyof T['$inferSelect'] & keyof T>(
  ctx: ServiceContext,
  table: T,
  key: K,
  where: SQL | undefined,
): AsyncGenerator<T['$inferSelect']> {
  const column = table[key] as SQLiteColumn;
  let after: unknown = null;
  for (;;) {
    const rows: T['$inferSelect'][] = await ctx.db
      .select()
      .from(table as SQLiteTable)
      .where(and(where, after === null ? undefined : gt(column, after)))
      .orderBy(asc(column))
      .limit(PAGE);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = last[key];
  }
}
