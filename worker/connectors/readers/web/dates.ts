/**
 * Dates as pages write them (meta tags, JSON-LD, <time>), to ISO 8601 in UTC. The parsing is
 * the feed reader's, which knows the formats the web uses and never invents a date; pages add
 * Unix timestamps, and placeholders (the epoch, year 9999) that must not pass for dates.
 */
import { parseDate } from '../../../lib/dates';

const EARLIEST = Date.UTC(1990, 0, 1);
const LEEWAY_MS = 366 * 86_400_000;

export function toIsoUtc(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const iso = /^\d{10}$/.test(text)
    ? new Date(Number(text) * 1000).toISOString()
    : /^\d{13}$/.test(text)
      ? new Date(Number(text)).toISOString()
      : parseDate(text);
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return ms >= EARLIEST && ms <= Date.now() + LEEWAY_MS ? iso : null;
}
