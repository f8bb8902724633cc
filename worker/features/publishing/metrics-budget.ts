import type { RatePolicy } from '../../../durable-objects/rate-limiter';
import { isPublishPlatform, PUBLISH_BUDGETS } from '../../connectors/publishers';

/**
 * The share of an account's budget that collecting numbers leaves to publishing: collection
 * takes a token only while more than half the bucket would remain, so a burst of due posts
 * always finds at least half of it (150 of Mastodon's 300 per 5 minutes).
 */
export const PUBLISHING_RESERVE = 0.5;

export type CollectionToken = { allowed: true } | { allowed: false; retryAfter: number };

/**
 * Takes one request for collecting numbers from the account's own budget — the bucket
 * publishing takes from (budget.ts), since Mastodon counts reads and writes in one window and
 * a collection beside a burst of posts would otherwise make the posts wait on 429s — but only
 * above the reserve. Below it the token goes back and collection waits for the bucket to
 * refill past the reserve: numbers an hour late matter little, a post late matters.
 */
export async function takeCollectionToken(
  env: Env,
  account: { id: string; platform: string },
): Promise<CollectionToken> {
  if (!isPublishPlatform(account.platform)) throw new Error(`No budget for platform "${account.platform}".`);
  const policy: RatePolicy = PUBLISH_BUDGETS[account.platform];
  const key = `publish:${account.id}`;
  const bucket = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(key));
  const reserve = Math.ceil(policy.limit * PUBLISHING_RESERVE);
  const decision = await bucket.take(key, policy);
  if (decision.allowed && decision.remaining >= reserve) return { allowed: true };
  if (decision.allowed) await bucket.refund(key, policy);
  const missing = reserve + 1 - decision.remaining;
  return { allowed: false, retryAfter: Math.max(1, Math.ceil((missing * policy.periodSeconds) / policy.limit)) };
}
