import { drizzle } from 'drizzle-orm/d1';

export type Db = ReturnType<typeof createDb>;

/** Queries name their tables (worker/db/schema/<table>.ts); no relational query API, so no schema registry. */
export function createDb(d1: D1Database) {
  return drizzle(d1);
}
