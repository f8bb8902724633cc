import { type Column, getTableColumns, is, SQL, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';

/** A column's value for an insert: the row's, else the column's default, else null, as its driver stores it. */
function insertValue(column: Column, value: unknown): SQL {
  if (value === undefined) {
    if (column.defaultFn) return insertValue(column, column.defaultFn());
    if (is(column.default, SQL)) return column.default;
    value = column.default ?? null;
  }
  return sql`${value === null ? null : column.mapToDriverValue(value)}`;
}

/**
 * `INSERT INTO table SELECT … WHERE condition`: a row written only if `condition` holds when
 * the statement runs. In a D1 batch (one transaction) it makes a write depend on an earlier
 * statement of the same batch — a job row and its audit entry only where a claim before them
 * succeeded — without a round trip in between. Values go through each column's own mapping
 * (JSON, timestamps) and defaults, as `insert().values()` would.
 */
export function insertWhere<T extends SQLiteTable>(db: Db, table: T, row: T['$inferInsert'], condition: SQL) {
  // Drizzle lists every insertable column, in table order: the select gives a value for each.
  const values = Object.entries(getTableColumns(table))
    .filter(([, column]) => !column.generated || column.generated.type === 'byDefault')
    .map(([key, column]) => insertValue(column, (row as Record<string, unknown>)[key]));
  return db.insert(table).select(sql`select ${sql.join(values, sql`, `)} where ${condition}`);
}
