import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** First answers to requests sent with an Idempotency-Key, replayed on repeats. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    /** The principal (user or API key) and workspace the key is scoped to. */
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    /** SHA-256 of method, path and body: the same key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    /** Null while the first request is still being handled. */
    status: integer('status'),
    body: text('body'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);
