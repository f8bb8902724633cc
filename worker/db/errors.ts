/**
 * Whether `error` is SQLite refusing a write for a UNIQUE (or primary key) constraint, as D1
 * reports it: D1 surfaces SQLite's own message ("UNIQUE constraint failed: t.a, t.b:
 * SQLITE_CONSTRAINT") on the error or, through Drizzle, on its `cause`. Returns the columns
 * named (`t.a`), so callers can tell which constraint it was; null for any other error.
 */
export function uniqueViolation(error: unknown): string[] | null {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const match = /UNIQUE constraint failed: ([^:]+)(?::|$)/.exec(current.message);
    if (match?.[1]) return match[1].split(',').map((column) => column.trim());
    current = current.cause;
  }
  return null;
}
