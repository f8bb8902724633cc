/** Dates as pages write them, to ISO 8601 in UTC. */

const LOCAL_ISO = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;
const EARLIEST = Date.UTC(1990, 0, 1);

/**
 * ISO 8601 in UTC, or null when the value is not a date. A time without a zone is taken as
 * UTC (the runtime has no local zone to prefer); numbers are Unix time in seconds or ms.
 */
export function toIsoUtc(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let ms: number;
  if (/^\d{10}$/.test(text)) ms = Number(text) * 1000;
  else if (/^\d{13}$/.test(text)) ms = Number(text);
  else {
    const local = LOCAL_ISO.exec(text);
    ms = Date.parse(local ? `${local[1]}T${local[2]}Z` : text);
  }
  // Far-future and pre-web dates are placeholders or parse accidents, not publication times.
  if (!Number.isFinite(ms) || ms < EARLIEST || ms > Date.now() + 366 * 86_400_000) return null;
  return new Date(ms).toISOString();
}
