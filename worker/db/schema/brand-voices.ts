import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { workspaces } from './workspaces';

/** How a brand writes: generation follows it when asked to. */
export const brandVoices = sqliteTable(
  'brand_voices',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull(),
    dos: text('dos', { mode: 'json' }).$type<string[]>().notNull(),
    donts: text('donts', { mode: 'json' }).$type<string[]>().notNull(),
    examples: text('examples', { mode: 'json' }).$type<string[]>().notNull(),
    /** "learned" when derived from content items (their ids in learnedFrom), else "manual". */
    origin: text('origin', { enum: ['manual', 'learned'] }).notNull(),
    learnedFrom: text('learned_from', { mode: 'json' }).$type<string[]>(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('brand_voices_workspace_idx').on(t.workspaceId, t.id)],
);

export type BrandVoice = typeof brandVoices.$inferSelect;
