import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { workspaces } from './workspaces';

/** A provider in a workspace's fallback list, as stored: its key sealed, never in the clear. */
export interface StoredProvider {
  kind: 'gemini' | 'openai' | 'anthropic' | 'workers-ai';
  model: string;
  baseUrl: string | null;
  /** The key sealed by lib/secret-box (AES-GCM, names its key id); null for keyless providers. */
  sealedKey: string | null;
  /** The key's last four characters, so admins can tell which key is set. */
  keyHint: string | null;
}

/** A workspace's AI providers, in fallback order, and its monthly token budget. One row per workspace. */
export const aiSettings = sqliteTable('ai_settings', {
  workspaceId: text('workspace_id')
    .primaryKey()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  providers: text('providers', { mode: 'json' }).$type<StoredProvider[]>().notNull(),
  /** Tokens (in + out) a calendar month (UTC) may use; null for no limit. */
  monthlyTokenBudget: integer('monthly_token_budget'),
  updatedBy: text('updated_by').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

export type AiSettings = typeof aiSettings.$inferSelect;
