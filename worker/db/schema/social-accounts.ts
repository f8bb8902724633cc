import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AccountLimits } from '../../lib/account-limits';
import { users } from './users';
import { workspaces } from './workspaces';

export const ACCOUNT_STATUSES = ['active', 'reauth_required', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** A place the workspace publishes to: a Bluesky or Mastodon account, a webhook target. */
export const socialAccounts = sqliteTable(
  'social_accounts',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    /** A publish platform of the platform registry (worker/connectors/platforms.ts). */
    platform: text('platform').notNull(),
    name: text('name').notNull(),
    handle: text('handle').notNull(),
    /** The platform's id of the account (a DID, a Mastodon account id, the webhook URL). */
    externalId: text('external_id').notNull(),
    /** The PDS, the Mastodon instance, or the webhook target's URL. */
    serviceUrl: text('service_url').notNull(),
    /** Tokens, passwords and secrets as one JSON object sealed with the secret box; never returned. */
    credentials: text('credentials').notNull(),
    /** Bumped on every change of the credentials, so a refresh never overwrites a newer one. */
    credentialsVersion: integer('credentials_version').notNull().default(1),
    /** What one post may hold there (AccountLimits), read from the platform where it says. */
    limits: text('limits', { mode: 'json' }).$type<AccountLimits>().notNull(),
    status: text('status', { enum: ACCOUNT_STATUSES }).notNull(),
    /** Why it is not active, in words a person can act on. */
    statusReason: text('status_reason'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    // An account id is unique on its own server only (two Mastodon instances both have an account 1).
    uniqueIndex('social_accounts_server_identity_unique').on(t.workspaceId, t.platform, t.serviceUrl, t.externalId),
    index('social_accounts_workspace_idx').on(t.workspaceId, t.id),
  ],
);

export type SocialAccount = typeof socialAccounts.$inferSelect;
