/** One editable weekly time: weekday 0 (Sunday) – 6, `HH:MM`. */
export interface SlotRow {
  weekday: number;
  time: string;
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The browser's own zone, what a new queue starts in. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every zone the browser knows, with `current` first among them if it is not (an older name, say). */
export function timeZones(current: string): string[] {
  const known = Intl.supportedValuesOf('timeZone');
  return known.includes(current) ? known : [current, ...known];
}

/** The rows as the API stores them: Sunday first, earliest first, each weekday and time once. */
export function normalizeSlots(rows: readonly SlotRow[]): SlotRow[] {
  const unique = new Map(rows.map((row) => [`${row.weekday} ${row.time}`, row]));
  return [...unique.values()].sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}

/** A slot instant as the account's people read it: "Mon 3 Mar, 09:00" in its zone. */
export function slotLabel(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}
