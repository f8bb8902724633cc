import { and, asc, eq, gte, isNotNull, isNull, notExists, or } from 'drizzle-orm';
import type { TaskMessage, TaskOutcome } from '../../../queues/task';
import { publisherFor } from '../../connectors/publishers';
import type { AccountSession, PostNumbersById, Publisher } from '../../connectors/publishers/publisher';
import type { ServiceContext } from '../../core/context';
import { AuthExpired, ConnectorError, RateLimited } from '../../core/outbound/errors';
import { postTargets } from '../../db/schema/post-targets';
import { accountMetrics, targetMetrics } from '../../db/schema/publish-metrics';
import { type SocialAccount, socialAccounts } from '../../db/schema/social-accounts';
import { chunkForParams } from '../../lib/bound-params';
import { logError } from '../../lib/log';
import { openSession } from './accounts';
import { takeCollectionToken } from './metrics-budget';
import type { COLLECT_METRICS } from './metrics-contracts';
import { hourOf, windowStart } from './metrics-window';
import { refreshSession, requireReconnect } from './refresh';

const done: TaskOutcome = { done: true };

/** Stops the collection until the budget or the platform lets it go on. */
class Wait extends Error {
  constructor(readonly seconds: number) {
    super(`Waiting ${seconds} s for the account's budget.`);
  }
}

/**
 * A target whose platform said it no longer exists has a reading of all nulls (no platform
 * leaves every number out of a post it shows): it is never asked for again, and the readings
 * before it stay as its history.
 */
const isGone = and(
  isNull(targetMetrics.likes),
  isNull(targetMetrics.reposts),
  isNull(targetMetrics.replies),
  isNull(targetMetrics.quotes),
);

/** The account's published targets still collected, less those read this hour already or gone. */
function targetsToRead(ctx: ServiceContext, account: SocialAccount, hour: number) {
  const readOrGone = ctx.db
    .select({ one: targetMetrics.targetId })
    .from(targetMetrics)
    .where(and(eq(targetMetrics.targetId, postTargets.id), or(eq(targetMetrics.capturedAt, new Date(hour)), isGone)));
  return ctx.db
    .select({ id: postTargets.id, externalId: postTargets.externalId })
    .from(postTargets)
    .where(
      and(
        eq(postTargets.workspaceId, account.workspaceId),
        eq(postTargets.accountId, account.id),
        eq(postTargets.status, 'published'),
        gte(postTargets.publishedAt, windowStart(hour)),
        isNotNull(postTargets.externalId),
        notExists(readOrGone),
      ),
    )
    .orderBy(asc(postTargets.publishedAt), asc(postTargets.id));
}

async function storeNumbers(
  ctx: ServiceContext,
  account: SocialAccount,
  targets: readonly { id: string; externalId: string | null }[],
  numbers: PostNumbersById,
  capturedAt: Date,
): Promise<void> {
  const rows = targets.flatMap((target) => {
    const read = numbers.get(target.externalId ?? '');
    if (read === undefined) return [];
    const values = read === 'gone' ? { likes: null, reposts: null, replies: null, quotes: null } : read;
    return [{ targetId: target.id, workspaceId: account.workspaceId, capturedAt, ...values }];
  });
  for (const chunk of chunkForParams(rows, 0, 7)) {
    await ctx.db.insert(targetMetrics).values(chunk).onConflictDoNothing();
  }
}

/**
 * One account's collection for one hour: its targets' numbers a page at a time (as many ids
 * as one request of its platform takes), then its audience, one row each at the hour. Every
 * request first takes a token above publishing's reserve (metrics-budget.ts); without one, or
 * on a 429, the task comes back later and picks up where it stopped, since what was stored
 * this hour is not read again. A refused session goes through the refresh of publishing.
 */
export async function collectMetrics(
  ctx: ServiceContext,
  message: TaskMessage<typeof COLLECT_METRICS>,
): Promise<TaskOutcome> {
  const [account] = await ctx.db
    .select()
    .from(socialAccounts)
    .where(and(eq(socialAccounts.id, message.accountId), eq(socialAccounts.workspaceId, message.workspaceId)));
  // Gone, or waiting for a person to reconnect it (or disabled): nothing to read with.
  if (account?.status !== 'active') return done;
  const publisher = publisherFor(account.platform);
  const { metrics, audience } = publisher;
  if (!metrics) return done;
  const hour = hourOf(message.hour);
  const capturedAt = new Date(hour);
  const call = sessionCaller(ctx, account, publisher, await openSession(ctx.env, account));
  try {
    const due = await targetsToRead(ctx, account, hour);
    const size = Math.max(1, publisher.metricsPage ?? 1);
    for (let start = 0; start < due.length; start += size) {
      const page = due.slice(start, start + size);
      const ids = page.flatMap((target) => (target.externalId ? [target.externalId] : []));
      const numbers = await call((session) => metrics(ctx.env, session, ids));
      await storeNumbers(ctx, account, page, numbers, capturedAt);
    }
    const [audienceRead] = await ctx.db
      .select({ at: accountMetrics.capturedAt })
      .from(accountMetrics)
      .where(and(eq(accountMetrics.accountId, account.id), eq(accountMetrics.capturedAt, capturedAt)));
    if (audience && !audienceRead) {
      const read = await call((session) => audience(ctx.env, session));
      await ctx.db
        .insert(accountMetrics)
        .values({ accountId: account.id, workspaceId: account.workspaceId, capturedAt, ...read })
        .onConflictDoNothing();
    }
    return done;
  } catch (error) {
    if (error instanceof Wait) return { againInSeconds: error.seconds };
    if (error instanceof RateLimited) return { againInSeconds: error.retryAfter };
    if (error instanceof AuthExpired) {
      await requireReconnect(ctx, account, error.message);
      return done;
    }
    // The platform refused the reading itself: asking again this hour changes nothing.
    if (error instanceof ConnectorError && !error.retryable) {
      logError('metrics.collection_refused', error, { accountId: account.id });
      return done;
    }
    // The platform down, or a failure here: the queue retries, then parks.
    throw error;
  }
}

/**
 * Runs calls with the account's session, each after taking a token; a refused session is
 * refreshed once (publishing's refresh, under its lease) and the call made again.
 */
function sessionCaller(ctx: ServiceContext, account: SocialAccount, publisher: Publisher, opened: AccountSession) {
  let session = opened;
  let refreshed = false;
  return async <T>(request: (session: AccountSession) => Promise<T>): Promise<T> => {
    const token = await takeCollectionToken(ctx.env, account);
    if (!token.allowed) throw new Wait(token.retryAfter);
    try {
      return await request(session);
    } catch (error) {
      if (!(error instanceof AuthExpired) || refreshed || !publisher.refresh) throw error;
      refreshed = true;
      const renewed = await refreshSession(ctx, account, publisher);
      if (!renewed) throw error;
      session = renewed;
      return request(session);
    }
  };
}

/** The queue gave up on a collection: said in the log; the next hour's collection reads again. */
export async function parkCollection(_ctx: ServiceContext, message: TaskMessage<typeof COLLECT_METRICS>) {
  logError('metrics.collection_parked', new Error('Collecting numbers kept failing.'), {
    accountId: message.accountId,
    hour: new Date(message.hour).toISOString(),
  });
}
