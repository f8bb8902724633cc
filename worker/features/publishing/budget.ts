import type { RateDecision } from '../../../durable-objects/rate-limiter';
import { isPublishPlatform, PUBLISH_BUDGETS } from '../../connectors/publishers';

/**
 * Takes `writes` from an account's budget (one RateLimiter object per account), so the
 * pipeline never sends an account more than its platform allows, however many consumers run.
 */
export function takeAccountToken(
  env: Env,
  account: { id: string; platform: string },
  writes = 1,
): Promise<RateDecision> {
  const key = `publish:${account.id}`;
  if (!isPublishPlatform(account.platform)) throw new Error(`No publish budget for platform "${account.platform}".`);
  const policy = PUBLISH_BUDGETS[account.platform];
  return env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(key)).take(key, { ...policy, cost: writes });
}
