import { and, asc, eq, gt, inArray, lte } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { Conflict, UnprocessableContent } from '../../core/http/errors';
import { postTargets, type TargetStatus } from '../../db/schema/post-targets';
import { postingSlots } from '../../db/schema/posting-slots';
import { posts } from '../../db/schema/posts';
import type { SocialAccount } from '../../db/schema/social-accounts';
import { chunkForParams } from '../../lib/bound-params';
import { newId } from '../../lib/ids';
import { type PostingSlot, SLOT_SEARCH_WEEKS, slotInstants } from '../../lib/posting-slots';
import { findAccount } from './accounts';
import { accountsById, createPost, type PostInput } from './create-post';
import { withLease } from './lease';

/** An account's weekly posting times; `timeZone` is null while it has none. */
export interface SlotSet {
  timeZone: string | null;
  slots: PostingSlot[];
}

/**
 * Target states that hold a slot: waiting for their time, or on their way out. A held target
 * keeps its time and goes out at it once its account is active again, so it holds it too.
 */
const HOLDING: readonly TargetStatus[] = ['scheduled', 'queued', 'held'];

const byClock = (a: PostingSlot, b: PostingSlot) => a.weekday - b.weekday || a.time.localeCompare(b.time);

/** The account's slots, Sunday first, earliest first. */
export async function slotsOf(ctx: ServiceContext, accountId: string): Promise<SlotSet> {
  const rows = await ctx.db
    .select()
    .from(postingSlots)
    .where(eq(postingSlots.accountId, accountId))
    .orderBy(asc(postingSlots.weekday), asc(postingSlots.time));
  return { timeZone: rows[0]?.timeZone ?? null, slots: rows.map(({ weekday, time }) => ({ weekday, time })) };
}

/** Replaces the account's whole set of slots in one batch; the same weekday and time twice is one slot. */
export async function replaceSlots(
  ctx: ServiceContext,
  workspaceId: string,
  accountId: string,
  input: { timeZone: string; slots: readonly PostingSlot[] },
): Promise<SlotSet> {
  const account = await findAccount(ctx, workspaceId, accountId);
  const unique = new Map(input.slots.map((slot) => [`${slot.weekday} ${slot.time}`, slot]));
  const slots = [...unique.values()].sort(byClock);
  const now = new Date();
  const rows = slots.map((slot) => ({
    id: newId('slot', now.getTime()),
    workspaceId,
    accountId: account.id,
    weekday: slot.weekday,
    time: slot.time,
    timeZone: input.timeZone,
    createdAt: now,
  }));
  const writes: BatchItem<'sqlite'>[] = [ctx.db.delete(postingSlots).where(eq(postingSlots.accountId, account.id))];
  for (const chunk of chunkForParams(rows, 0, 7)) writes.push(ctx.db.insert(postingSlots).values(chunk));
  await commitWithAudit(ctx, writes, {
    workspaceId,
    action: 'account.slots_updated',
    targetType: 'account',
    targetId: account.id,
    metadata: { timeZone: input.timeZone, slots: slots.length },
  });
  return { timeZone: slots.length > 0 ? input.timeZone : null, slots };
}

/** The targets of `accountIds` holding a time in (after, until], with their post. */
async function holders(ctx: ServiceContext, accountIds: readonly string[], after: Date, until: Date) {
  const found: { accountId: string; at: Date; postId: string; body: string; status: TargetStatus }[] = [];
  for (const chunk of chunkForParams(accountIds, HOLDING.length + 2)) {
    const rows = await ctx.db
      .select({
        accountId: postTargets.accountId,
        at: postTargets.scheduledAt,
        postId: postTargets.postId,
        body: posts.body,
        status: postTargets.status,
      })
      .from(postTargets)
      .innerJoin(posts, eq(posts.id, postTargets.postId))
      .where(
        and(
          inArray(postTargets.accountId, chunk),
          inArray(postTargets.status, [...HOLDING]),
          gt(postTargets.scheduledAt, after),
          lte(postTargets.scheduledAt, until),
        ),
      );
    for (const row of rows) if (row.at) found.push({ ...row, at: row.at });
  }
  return found;
}

const weeksAfter = (at: Date, weeks: number) => new Date(at.getTime() + weeks * 7 * 86_400_000);

/**
 * The account's slot instants of the next `weeks` weeks, each with the post holding it or
 * null when it is free (the queue view).
 */
export async function accountQueue(ctx: ServiceContext, workspaceId: string, accountId: string, weeks: number) {
  const account = await findAccount(ctx, workspaceId, accountId);
  const set = await slotsOf(ctx, account.id);
  const now = new Date();
  const instants = set.timeZone ? slotInstants(set.slots, set.timeZone, now, weeks) : [];
  const held = new Map(
    (await holders(ctx, [account.id], now, weeksAfter(now, weeks))).map((h) => [h.at.getTime(), h] as const),
  );
  return {
    timeZone: set.timeZone,
    slots: instants.map((at) => {
      const holder = held.get(at.getTime());
      return {
        at: at.toISOString(),
        post: holder ? { id: holder.postId, body: holder.body, status: holder.status } : null,
      };
    }),
  };
}

/**
 * The first instant after `now` that is a free slot of every account (a slot is taken when a
 * target of that account waits at that very instant), looking `SLOT_SEARCH_WEEKS` ahead.
 * 422 when an account has no slots, or when the accounts share no free slot in that time.
 */
export async function firstFreeSlot(ctx: ServiceContext, accounts: readonly SocialAccount[], now: Date): Promise<Date> {
  const until = weeksAfter(now, SLOT_SEARCH_WEEKS);
  const taken = await holders(
    ctx,
    accounts.map((a) => a.id),
    now,
    until,
  );
  let common: Date[] | null = null;
  for (const account of accounts) {
    const set = await slotsOf(ctx, account.id);
    if (!set.timeZone || set.slots.length === 0) {
      throw new UnprocessableContent(`Add posting times to @${account.handle}'s queue first.`);
    }
    const busy = new Set(taken.filter((t) => t.accountId === account.id).map((t) => t.at.getTime()));
    const free = slotInstants(set.slots, set.timeZone, now).filter((at) => !busy.has(at.getTime()));
    const freeMs = new Set(free.map((at) => at.getTime()));
    common = common === null ? free : common.filter((at) => freeMs.has(at.getTime()));
  }
  const [first] = common ?? [];
  if (!first) {
    throw new UnprocessableContent(
      `These accounts share no free posting time in the next ${SLOT_SEARCH_WEEKS} weeks; add posting times or choose a time.`,
    );
  }
  return first;
}

/**
 * Creates a post in the first slot free on every one of its accounts ("add to queue").
 * Finding the slot and writing the post run under one lease per workspace: two requests
 * racing for one slot would otherwise both see it free and both take it; with the lease the
 * second sees the first's targets and takes the next slot. A post whose accounts are not all
 * in the workspace is refused by createPost's own checks, as ever.
 */
export async function createQueuedPost(
  ctx: ServiceContext,
  workspaceId: string,
  input: Omit<PostInput, 'scheduledAt' | 'publishNow'>,
  createdBy: string | null,
) {
  return withLease(
    ctx,
    `queue:${workspaceId}`,
    () => new Conflict('Another post is being added to this queue; try again in a moment.'),
    async () => {
      const accounts = await accountsById(
        ctx,
        workspaceId,
        input.targets.map((t) => t.accountId),
      );
      const known = [...accounts.values()];
      const scheduledAt = known.length > 0 ? await firstFreeSlot(ctx, known, new Date()) : undefined;
      return createPost(ctx, workspaceId, { ...input, scheduledAt }, createdBy);
    },
  );
}
