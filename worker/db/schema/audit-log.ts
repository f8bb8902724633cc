import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const ACTOR_TYPES = ['user', 'api_key', 'system'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    /** Null for account-level events (login, logout) that belong to no workspace. */
    workspaceId: text('workspace_id'),
    actorType: text('actor_type', { enum: ACTOR_TYPES }).notNull(),
    actorId: text('actor_id'),
    /** One of the actions the features declare (core/audit): a name like `source.created`. */
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    requestId: text('request_id'),
    ip: text('ip'),
    metadata: text('metadata', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('audit_workspace_idx').on(t.workspaceId, t.id), index('audit_actor_idx').on(t.actorId, t.id)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
