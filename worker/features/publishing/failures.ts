import { and, desc, eq, inArray, lt, or } from 'drizzle-orm';
import type { ServiceContext } from '../../core/context';
import { decodeCursor, toPage } from '../../core/http/pagination';
import { postTargets, type TargetStatus } from '../../db/schema/post-targets';
import { posts } from '../../db/schema/posts';
import { socialAccounts } from '../../db/schema/social-accounts';

/** The states a person has to look at: it failed, nobody knows whether it went out, or it waits on its account. */
export const NEEDS_ATTENTION = ['failed', 'unconfirmed', 'held'] as const satisfies readonly TargetStatus[];
export type AttentionStatus = (typeof NEEDS_ATTENTION)[number];

/** How much of a post's body the list shows. */
const EXCERPT = 140;

/**
 * The workspace's targets in `statuses` across all posts, the latest to change first, each
 * with its post's opening words, its account and why it is there (the failures view).
 */
export async function listTargetsNeedingAttention(
  ctx: ServiceContext,
  workspaceId: string,
  filter: { statuses: readonly AttentionStatus[]; limit: number; cursor?: string | undefined },
) {
  const after = decodeCursor(filter.cursor, 2);
  const rows = await ctx.db
    .select({
      id: postTargets.id,
      postId: postTargets.postId,
      status: postTargets.status,
      error: postTargets.error,
      stateAt: postTargets.stateAt,
      scheduledAt: postTargets.scheduledAt,
      body: postTargets.body,
      postBody: posts.body,
      accountId: socialAccounts.id,
      handle: socialAccounts.handle,
      platform: socialAccounts.platform,
      accountStatus: socialAccounts.status,
    })
    .from(postTargets)
    .innerJoin(posts, eq(posts.id, postTargets.postId))
    .innerJoin(socialAccounts, eq(socialAccounts.id, postTargets.accountId))
    .where(
      and(
        eq(postTargets.workspaceId, workspaceId),
        inArray(postTargets.status, [...filter.statuses]),
        after
          ? or(
              lt(postTargets.stateAt, new Date(Number(after[0]))),
              and(eq(postTargets.stateAt, new Date(Number(after[0]))), lt(postTargets.id, String(after[1]))),
            )
          : undefined,
      ),
    )
    .orderBy(desc(postTargets.stateAt), desc(postTargets.id))
    .limit(filter.limit + 1);
  return toPage(
    rows,
    filter.limit,
    (row) => [row.stateAt.getTime(), row.id],
    (row) => ({
      id: row.id,
      postId: row.postId,
      status: row.status,
      reason: row.error,
      at: row.stateAt.toISOString(),
      scheduledAt: row.scheduledAt?.toISOString() ?? null,
      excerpt: (row.body ?? row.postBody).slice(0, EXCERPT),
      account: { id: row.accountId, handle: row.handle, platform: row.platform, status: row.accountStatus },
    }),
  );
}
