/** Attempts at one delivery before it is `failed` for good. */
export const MAX_ATTEMPTS = 8;

/** The longest wait a queue message may have (Cloudflare Queues: 12 hours). */
const MAX_DELAY_SECONDS = 12 * 60 * 60;

/**
 * Seconds before the attempt after failed attempt `attempt` (1-based): a minute, quadrupling
 * — 1 min, 4 min, 16 min, ~1 h, ~4 h, then 12 h twice — so the 8 attempts span about 29
 * hours, long enough to ride out a receiver's bad day. ±20 % jitter, so a receiver coming back
 * is not hit by every waiting delivery in the same second.
 */
export function retryDelaySeconds(attempt: number, random = Math.random()): number {
  const base = Math.min(60 * 4 ** Math.max(0, attempt - 1), MAX_DELAY_SECONDS);
  return Math.min(MAX_DELAY_SECONDS, Math.round(base * (0.8 + random * 0.4)));
}
