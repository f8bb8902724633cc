/**
 * Wall-clock date-times in IANA time zones, to UTC instants and back, with Intl only (the
 * runtime's tz database; no library). A scheduled post is a local time in the account's zone
 * ("Tuesdays 09:00 in Berlin"), and that must stay 09:00 on both sides of a DST change.
 *
 * Local times that do not exist or exist twice get the answers of Temporal's `compatible`
 * disambiguation, which RFC 5545 (iCalendar, 3.3.5) prescribes too: a time in a gap moves
 * forward by the length of the gap, a time in a fold takes the earlier of its two instants.
 */

/** A date and time on a wall clock, with no zone: month 1–12, hour 0–23. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

/** Why a zone or a date-time was refused; `kind` says which. */
export class ZonedTimeError extends Error {
  override name = 'ZonedTimeError';
  constructor(
    readonly kind: 'invalid-zone' | 'invalid-date-time',
    message: string,
  ) {
    super(message);
  }
}

const MINUTE = 60_000;
// Offsets are compared a day either side: no zone has changed its offset twice within a day.
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/**
 * `zone` as the runtime's tz database spells it (`europe/berlin` → `Europe/Berlin`), or null
 * if it names no zone. Only IANA names (and `UTC`): a fixed offset such as `+02:00` is refused,
 * since a place's offset changes with DST and the name is what keeps it right.
 */
export function canonicalTimeZone(zone: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(zone)) return null;
  try {
    return formatter(zone).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Whether `zone` is an IANA time zone name the runtime knows. */
export function isTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== null;
}

function checkZone(zone: string): void {
  if (!isTimeZone(zone)) throw new ZonedTimeError('invalid-zone', `Not an IANA time zone: ${JSON.stringify(zone)}`);
}

const isInt = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;

/** Days in `month` (1–12) of `year`, proleptic Gregorian. */
function daysInMonth(year: number, month: number): number {
  return month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;
}

/** Whether `wall` names a real date and time (years 1–9999; no leap seconds). */
export function isValidWallTime(wall: WallTime): boolean {
  return (
    isInt(wall.year, 1, 9999) &&
    isInt(wall.month, 1, 12) &&
    isInt(wall.day, 1, daysInMonth(wall.year, wall.month)) &&
    isInt(wall.hour, 0, 23) &&
    isInt(wall.minute, 0, 59) &&
    isInt(wall.second ?? 0, 0, 59)
  );
}

/** Milliseconds since the epoch of `wall` read as if it were UTC (no two-digit-year shortcut). */
function wallAsUtc(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second ?? 0, 0);
  return date.getTime();
}

function wallAt(ms: number, zone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const field = (name: string) => parts[name] ?? 0;
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** The zone's offset from UTC at instant `ms`, in milliseconds (east positive). */
function offsetAt(ms: number, zone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallAsUtc(wallAt(whole, zone)) - whole;
}

/** The wall-clock time in `zone` at `instant` (whole seconds; milliseconds are dropped). */
export function utcToZoned(instant: Date, zone: string): WallTime {
  checkZone(zone);
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new ZonedTimeError('invalid-date-time', 'Invalid Date');
  return wallAt(ms, zone);
}

/**
 * The UTC instant at which the clocks in `zone` show `wall`.
 *
 * Disambiguation is Temporal's `compatible` (as RFC 5545 prescribes): a wall time skipped by a
 * spring-forward gap moves forward by the gap (02:30 on a day Berlin jumps 02:00 → 03:00 is
 * 03:30 CEST); a wall time repeated by a fall-back fold takes the earlier instant (01:30 on the
 * day New York goes 02:00 EDT → 01:00 EST is 01:30 EDT, 05:30 UTC).
 *
 * @throws ZonedTimeError `invalid-zone` for a zone that is not an IANA name, `invalid-date-time`
 * for a date or time that no calendar has (Feb 30, 24:00, minute 60).
 */
export function zonedToUtc(wall: WallTime, zone: string): Date {
  checkZone(zone);
  if (!isValidWallTime(wall)) {
    throw new ZonedTimeError('invalid-date-time', `Not a date-time: ${JSON.stringify(wall)}`);
  }
  const local = wallAsUtc(wall);
  const before = offsetAt(local - DAY, zone);
  const after = offsetAt(local + DAY, zone);
  // Each offset in force around that day that gives back the same offset is a reading of `wall`.
  const readings = [...new Set([before, after])]
    .map((offset) => local - offset)
    .filter((ms) => offsetAt(ms, zone) === local - ms)
    .sort((a, b) => a - b);
  // In a gap no reading exists; reading the wall time with the offset before the transition
  // lands the same distance past it, which is "forward by the gap".
  return new Date(readings[0] ?? local - before);
}

/** `wall` as `YYYY-MM-DDTHH:MM:SS` (for messages and logs). */
export function formatWallTime(wall: WallTime): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second ?? 0)}`;
}

/** The offset from UTC of `zone` at `instant`, in minutes, east positive (Berlin in summer: 120). */
export function offsetMinutes(instant: Date, zone: string): number {
  checkZone(zone);
  return offsetAt(instant.getTime(), zone) / MINUTE;
}
