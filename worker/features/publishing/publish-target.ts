import { eq } from 'drizzle-orm';
import type { TaskMessage, TaskOutcome } from '../../../queues/task';
import { publisherFor } from '../../connectors/publishers';
import type { AccountSession, PartToPublish, PublishedPart, Publisher } from '../../connectors/publishers/publisher';
import type { ServiceContext } from '../../core/context';
import { groupedBatch } from '../../core/group-commit';
import { AuthExpired, ConnectorError, RateLimited, Unconfirmed } from '../../core/outbound/errors';
import { type PostTarget, postTargets, type TargetPart } from '../../db/schema/post-targets';
import type { SocialAccount } from '../../db/schema/social-accounts';
import { openSession } from './accounts';
import { takeAccountToken } from './budget';
import type { PUBLISH_TARGET } from './contracts';
import { mediaToPublish } from './post-media';
import { readTarget } from './read-target';
import { refreshSession, requireReconnect } from './refresh';
import { moveTarget } from './transition';

/** Failed attempts worth retrying (the platform down, a 5xx) before a target is `failed`. */
export const MAX_ATTEMPTS = 6;
/**
 * The pipeline's unit of waiting (PUBLISH_RETRY_SECONDS, 30 by default): an unconfirmed target
 * is looked up after one unit, and a failed attempt `n` waits `unit × 2^(n−1)` (at most an
 * hour), ±20 % so that the retries of many targets spread out.
 */
export function retryUnitSeconds(env: Env): number {
  const unit = Number(env.PUBLISH_RETRY_SECONDS);
  return Number.isFinite(unit) && unit > 0 ? unit : 30;
}

function backoff(env: Env, attempts: number): number {
  const base = Math.min(retryUnitSeconds(env) * 2 ** Math.max(0, attempts - 1), 3600);
  return Math.max(1, Math.round(base * (0.8 + Math.random() * 0.4)));
}

const done: TaskOutcome = { done: true };

/**
 * The publish consumer: one target, from `queued` (or `unconfirmed`, to reconcile) to
 * `published`, `failed`, `unconfirmed` or `held`. Every part carries the idempotency key stored
 * when the target was scheduled, and what the platform answers for a part is stored before the
 * next call, so a crash at any point repeats nothing: a part found published is never sent
 * again, and one whose fate is unknown is looked up before it is.
 */
export async function publishTarget(
  ctx: ServiceContext,
  message: TaskMessage<typeof PUBLISH_TARGET>,
): Promise<TaskOutcome> {
  // The budget is asked while the target is read: a token spent on a target that turns out to
  // be gone or decided is a rare waste; a round trip on every target is not.
  const [row, budget] = await Promise.all([
    readTarget(ctx, message),
    takeAccountToken(ctx.env, { id: message.accountId, platform: message.platform }),
  ]);
  // Deleted, rescheduled, or already decided by an earlier delivery of this message.
  if (!row || !['queued', 'publishing', 'unconfirmed'].includes(row.target.status)) return done;
  const { target, account, post, files } = row;
  if (account.status !== 'active') {
    await moveTarget(ctx, target, {
      from: ['queued', 'publishing', 'unconfirmed'],
      to: 'held',
      reason: account.statusReason ?? 'The account needs reconnecting.',
    });
    return done;
  }
  if (!budget.allowed) return { againInSeconds: budget.retryAfter };
  // A thread sends one write per part: the rest of its parts come out of the budget too.
  const unsent = target.parts.filter((part) => !part.externalId).length;
  if (unsent > 1) {
    const more = await takeAccountToken(ctx.env, account, unsent - 1);
    if (!more.allowed) return { againInSeconds: more.retryAfter };
  }

  // A target found `publishing` was left there by a consumer that stopped: its fate, like an
  // unconfirmed one's, is learnt by looking before sending.
  const lookFirst = target.status !== 'queued';
  if (target.status === 'queued' && !(await moveTarget(ctx, target, { from: ['queued'], to: 'publishing' }))) {
    return done;
  }
  const publisher = publisherFor(account.platform);
  const bodies = [target.body ?? post.body, ...post.thread.map((part) => part.body)];
  const parts = [...target.parts];
  let session = await openSession(ctx.env, account);
  let refreshed = false;
  for (let index = 0; index < bodies.length; ) {
    const stored = parts[index];
    const body = bodies[index];
    if (!stored || body === undefined) throw new Error(`Target ${target.id} has no key for part ${index}.`);
    if (stored.externalId) {
      index++;
      continue;
    }
    const part: PartToPublish = {
      targetId: target.id,
      index,
      body,
      media: (files[index] ?? []).map((file) => mediaToPublish(ctx.env, file)),
      key: stored.key,
      ...(index > 0 ? { root: asPublished(parts[0]), parent: asPublished(parts[index - 1]) } : {}),
    };
    try {
      const published = await publishPart(ctx.env, publisher, session, part, lookFirst);
      parts[index] = {
        ...stored,
        externalId: published.externalId,
        url: published.url,
        ...(published.ref ? { ref: { ...published.ref } } : {}),
      };
      index++;
      // Stored before any further call: a crash now never sends this part again. The last
      // part is stored by the move to `published` below, in the same batch as its event.
      if (index < bodies.length) {
        await groupedBatch(ctx, [
          ctx.db.update(postTargets).set({ parts, updatedAt: new Date() }).where(eq(postTargets.id, target.id)),
        ]);
      }
    } catch (error) {
      if (error instanceof AuthExpired && publisher.refresh && !refreshed) {
        refreshed = true;
        const renewed = await refreshSession(ctx, account, publisher);
        if (renewed) {
          session = renewed;
          continue;
        }
      }
      return failure(ctx, target, account, error, bodies.length > 1 ? index : null, lookFirst);
    }
  }
  const [first] = parts;
  await moveTarget(ctx, target, {
    from: ['publishing', 'unconfirmed'],
    to: 'published',
    set: { parts, externalId: first?.externalId ?? null, url: first?.url ?? null, publishedAt: new Date() },
  });
  return done;
}

function asPublished(part: TargetPart | undefined): PublishedPart | undefined {
  if (!part?.externalId) return undefined;
  return { externalId: part.externalId, url: part.url ?? null, ...(part.ref ? { ref: part.ref } : {}) };
}

async function publishPart(
  env: Env,
  publisher: Publisher,
  session: AccountSession,
  part: PartToPublish,
  lookFirst: boolean,
): Promise<PublishedPart> {
  if (lookFirst) {
    const found = await publisher.find(env, session, part);
    if (found) return found;
  }
  return publisher.publish(env, session, part);
}

/** What a failed attempt leads to, by what kind of failure it was (the connector family). */
async function failure(
  ctx: ServiceContext,
  target: PostTarget,
  account: SocialAccount,
  error: unknown,
  partIndex: number | null,
  lookFirst: boolean,
): Promise<TaskOutcome> {
  const said = error instanceof Error ? error.message : String(error);
  const reason = partIndex === null ? said : `Part ${partIndex + 1}: ${said}`;
  const from = ['publishing', 'unconfirmed'] as const;
  // Whatever comes next, a target whose last request may have landed is looked up first.
  const waiting = lookFirst ? 'unconfirmed' : 'queued';
  if (error instanceof AuthExpired) {
    await requireReconnect(ctx, account, said);
    await moveTarget(ctx, target, { from, to: 'held', reason: `The account needs reconnecting: ${said}` });
    return done;
  }
  if (error instanceof Unconfirmed) {
    await moveTarget(ctx, target, { from, to: 'unconfirmed', reason });
    return { againInSeconds: retryUnitSeconds(ctx.env) };
  }
  if (error instanceof RateLimited) {
    await moveTarget(ctx, target, { from, to: waiting, reason: `${reason} Trying again in ${error.retryAfter} s.` });
    return { againInSeconds: error.retryAfter };
  }
  if (error instanceof ConnectorError && !error.retryable) {
    await moveTarget(ctx, target, { from, to: 'failed', reason });
    return done;
  }
  // The platform failed or could not be reached, or something broke here: try again, a few times.
  const attempts = target.attempts + 1;
  if (attempts >= MAX_ATTEMPTS) {
    await moveTarget(ctx, target, {
      from,
      to: lookFirst ? 'unconfirmed' : 'failed',
      reason: `${reason} (gave up after ${attempts} attempts)`,
      set: { attempts },
    });
    return done;
  }
  const wait = backoff(ctx.env, attempts);
  await moveTarget(ctx, target, {
    from,
    to: waiting,
    reason: `${reason} Trying again in ${wait} s.`,
    set: { attempts },
  });
  return { againInSeconds: wait };
}
