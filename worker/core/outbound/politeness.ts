import { Unavailable } from './errors';

/** The longest a fetch waits in line for a host before giving the work back to the queue. */
const MAX_WAIT_MS = 10_000;

/**
 * Waits until this host may be asked again: one request per `intervalMs` per host, across
 * every Worker, through the RateLimiter object for `host:<host>`.
 */
export async function waitForHost(env: Env, host: string, intervalMs: number): Promise<void> {
  const key = `host:${host.toLowerCase()}`;
  const limiter = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(key));
  const policy = { limit: 1, periodSeconds: intervalMs / 1000 };
  let waited = 0;
  for (;;) {
    const decision = await limiter.take(key, policy);
    if (decision.allowed) return;
    if (waited + decision.retryAfterMs > MAX_WAIT_MS) {
      throw new Unavailable(`${host} is busy with other requests from this service; trying again later.`);
    }
    await new Promise((r) => setTimeout(r, decision.retryAfterMs));
    waited += decision.retryAfterMs;
  }
}
