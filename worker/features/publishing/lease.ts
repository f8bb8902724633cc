import type { ServiceContext } from '../../core/context';

/**
 * One holder at a time for `key`, everywhere: a lease in the key's own RateLimiter object (one
 * token, back after a minute if its holder never returns it, so a crashed holder blocks no one
 * for long).
 */
const LEASE = { limit: 1, periodSeconds: 60 };
const WAIT_MS = 250;
const MAX_WAIT_MS = 15_000;

/**
 * Runs `work` holding the lease on `key`, waiting up to 15 s for it; throws `busy()` when
 * another holder keeps it longer. The lease is returned however `work` ends.
 */
export async function withLease<T>(
  ctx: ServiceContext,
  key: string,
  busy: () => Error,
  work: () => Promise<T>,
): Promise<T> {
  const lock = ctx.env.RATE_LIMITER.get(ctx.env.RATE_LIMITER.idFromName(key));
  for (let waited = 0; !(await lock.take(key, LEASE)).allowed; waited += WAIT_MS) {
    if (waited >= MAX_WAIT_MS) throw busy();
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
  try {
    return await work();
  } finally {
    await lock.refund(key, LEASE);
  }
}
