import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { workspaces } from './workspaces';

export const AI_OUTCOMES = [
  'ok',
  'rate_limited',
  'unavailable',
  'auth_failed',
  'bad_request',
  'invalid_output',
  'refused',
] as const;
export type AiOutcome = (typeof AI_OUTCOMES)[number];

/** One row per call to a provider, answered or not: what the budget counts and the usage chart shows. */
export const aiUsage = sqliteTable(
  'ai_usage',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    provider: text('provider').notNull(),
    model: text('model').notNull(),
    /** The prompt, as id@version (e.g. "generate.post@1"). */
    prompt: text('prompt').notNull(),
    inputTokens: integer('input_tokens').notNull(),
    outputTokens: integer('output_tokens').notNull(),
    latencyMs: integer('latency_ms').notNull(),
    outcome: text('outcome', { enum: AI_OUTCOMES }).notNull(),
    error: text('error'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('ai_usage_workspace_idx').on(t.workspaceId, t.createdAt)],
);

export type AiUsage = typeof aiUsage.$inferSelect;
