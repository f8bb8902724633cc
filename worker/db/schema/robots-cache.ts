import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** robots.txt per origin, fetched at most once a day (RFC 9309 §2.4 allows 24 hours). */
export const robotsCache = sqliteTable('robots_cache', {
  origin: text('origin').primaryKey(),
  /** HTTP status of the fetch: 2xx means `body` holds the rules; 4xx means "no rules". */
  status: integer('status').notNull(),
  body: text('body').notNull(),
  fetchedAt: integer('fetched_at', { mode: 'timestamp_ms' }).notNull(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
});
