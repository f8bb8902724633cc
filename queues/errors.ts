/** Thrown by a job handler when retrying cannot help (bad input, a deleted target, a source that keeps failing). */
export class PermanentFailure extends Error {}

/**
 * Seconds an error asks the runner to wait before the next attempt: outside services that
 * answered "slow down" (the connector family's RateLimited) carry `retryAfter`.
 */
export function retryAfterOf(error: unknown): number {
  if (typeof error !== 'object' || error === null || !('retryAfter' in error)) return 0;
  const seconds = error.retryAfter;
  return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : 0;
}
