import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { socialAccounts } from './social-accounts';
import { workspaces } from './workspaces';

/**
 * An account's posting queue: recurring weekly slots (lib/posting-slots.ts) in the account's
 * time zone. "Add to queue" puts a post in the first slot no other post of the account holds.
 */
export const postingSlots = sqliteTable(
  'posting_slots',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    accountId: text('account_id')
      .notNull()
      .references(() => socialAccounts.id, { onDelete: 'cascade' }),
    /** 0 (Sunday) – 6 (Saturday). */
    weekday: integer('weekday').notNull(),
    /** `HH:MM`, 24-hour, wall-clock in `timeZone`. */
    time: text('time').notNull(),
    /** An IANA zone (Europe/Berlin): the slot stays at its wall-clock time across DST. */
    timeZone: text('time_zone').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('posting_slots_account_idx').on(t.accountId, t.weekday, t.time)],
);

export type PostingSlotRow = typeof postingSlots.$inferSelect;
