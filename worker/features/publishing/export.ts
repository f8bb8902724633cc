import { eq } from 'drizzle-orm';
import { type ExportSection, pagedRows } from '../../core/export-section';
import { postEvents } from '../../db/schema/post-events';
import { postTargets } from '../../db/schema/post-targets';
import { postingSlots } from '../../db/schema/posting-slots';
import { posts } from '../../db/schema/posts';
import { socialAccounts } from '../../db/schema/social-accounts';

/** The workspace's accounts (never their credentials), their posting times, posts, targets and timelines. */
export const PUBLISHING_EXPORTS: readonly ExportSection[] = [
  {
    key: 'accounts',
    tables: ['social_accounts'],
    read: async function* (ctx, workspaceId) {
      for await (const { credentials: _sealed, ...account } of pagedRows(
        ctx,
        socialAccounts,
        'id',
        eq(socialAccounts.workspaceId, workspaceId),
      )) {
        yield account;
      }
    },
  },
  {
    key: 'posts',
    tables: ['posts'],
    read: (ctx, workspaceId) => pagedRows(ctx, posts, 'id', eq(posts.workspaceId, workspaceId)),
  },
  {
    key: 'postTargets',
    tables: ['post_targets'],
    read: (ctx, workspaceId) => pagedRows(ctx, postTargets, 'id', eq(postTargets.workspaceId, workspaceId)),
  },
  {
    key: 'postingSlots',
    tables: ['posting_slots'],
    read: (ctx, workspaceId) => pagedRows(ctx, postingSlots, 'id', eq(postingSlots.workspaceId, workspaceId)),
  },
  {
    key: 'postEvents',
    tables: ['post_events'],
    read: (ctx, workspaceId) => pagedRows(ctx, postEvents, 'id', eq(postEvents.workspaceId, workspaceId)),
  },
];
