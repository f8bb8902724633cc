import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { workspaces } from './workspaces';

/**
 * Validated model answers by (prompt version, input hash), per workspace: the same question
 * asked twice costs one call. A new prompt version misses the cache by construction.
 */
export const aiCache = sqliteTable(
  'ai_cache',
  {
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    prompt: text('prompt').notNull(),
    inputHash: text('input_hash').notNull(),
    output: text('output', { mode: 'json' }).$type<unknown>().notNull(),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.prompt, t.inputHash] })],
);
