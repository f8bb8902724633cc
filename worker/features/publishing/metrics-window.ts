/** How long a published target's numbers are collected: 30 days after it went out. */
export const METRICS_DAYS = 30;
const HOUR_MS = 3_600_000;

/** The start of the hour `at` falls in: every reading of one hour is stored at it, so a re-run adds nothing. */
export function hourOf(at: Date | number): number {
  const ms = typeof at === 'number' ? at : at.getTime();
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/** The earliest publishing time still collected in the hour starting at `hour`. */
export function windowStart(hour: number): Date {
  return new Date(hour - METRICS_DAYS * 24 * HOUR_MS);
}
