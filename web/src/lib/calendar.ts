/**
 * Calendar arithmetic in the browser's own time zone: the days a month, week or day view shows,
 * the instant range to ask the API for (GET posts ?from&to), and moving a post to another day
 * or time. Days are local; weeks start on Monday.
 */
export type CalendarView = 'month' | 'week' | 'day';

export const CALENDAR_VIEWS: readonly CalendarView[] = ['month', 'week', 'day'];

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** `days` calendar days later at the same wall-clock time (a DST change does not shift it). */
export function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}

/** The Monday on or before `date`, at midnight. */
export function startOfWeek(date: Date): Date {
  const day = startOfDay(date);
  return addDays(day, -((day.getDay() + 6) % 7));
}

/** The days a view shows: whole weeks around the month, seven days, or one. */
export function viewDays(view: CalendarView, anchor: Date): Date[] {
  if (view === 'day') return [startOfDay(anchor)];
  if (view === 'week') return Array.from({ length: 7 }, (_, i) => addDays(startOfWeek(anchor), i));
  const first = startOfWeek(new Date(anchor.getFullYear(), anchor.getMonth(), 1));
  const last = new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0);
  // Rounded: a day that changes the clock is 23 or 25 hours long.
  const spanned = Math.round((startOfDay(last).getTime() - first.getTime()) / 86_400_000) + 1;
  return Array.from({ length: Math.ceil(spanned / 7) * 7 }, (_, i) => addDays(first, i));
}

/** The instants a view covers, for ?from&to: from its first midnight to the midnight after it. */
export function viewRange(view: CalendarView, anchor: Date): { from: Date; to: Date } {
  const days = viewDays(view, anchor);
  const first = days[0] ?? startOfDay(anchor);
  const last = days.at(-1) ?? first;
  return { from: first, to: addDays(last, 1) };
}

/** The anchor one view later (or earlier, with -1). */
export function shiftView(view: CalendarView, anchor: Date, by: number): Date {
  if (view === 'day') return addDays(anchor, by);
  if (view === 'week') return addDays(anchor, 7 * by);
  return new Date(anchor.getFullYear(), anchor.getMonth() + by, 1);
}

/** "2026-12-03": a local day as a stable key (and the URL's ?date). */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The local midnight of a "2026-12-03" key; undefined for anything else. */
export function parseDayKey(key: string | null): Date | undefined {
  const match = key?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dayKey(date) === key ? date : undefined;
}

export function sameDay(a: Date, b: Date): boolean {
  return dayKey(a) === dayKey(b);
}

/** `at` moved to `day`, keeping its local time of day; with `hour`, at that hour instead. */
export function moveTo(at: Date, day: Date, hour?: number): Date {
  const next = startOfDay(day);
  next.setHours(hour ?? at.getHours(), hour === undefined ? at.getMinutes() : 0);
  return next;
}

/** The value of an <input type="datetime-local"> for `date` in local time: "2026-12-03T09:30". */
export function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${dayKey(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value read as local time; undefined when it is empty or not a time. */
export function fromLocalInput(value: string): Date | undefined {
  const match = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number);
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined) return undefined;
  const date = new Date(y, mo - 1, d, h, mi);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The browser's time zone, e.g. "Europe/Paris", for labels ("in your time zone, …"). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
