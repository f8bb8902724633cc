const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 minutes ago", "in 6 days", "just now". */
export function timeAgo(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return Math.abs(seconds) < 10 ? 'just now' : relative.format(seconds, 'second');
}

/** "22 Nov 2026, 10:00". */
export function dateTime(iso: string): string {
  return absolute.format(new Date(iso));
}

/** "1.2 MB". */
export function bytes(size: number): string {
  if (size < 1024) return `${size} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

const NOUNS: Record<string, string> = { api_key: 'API key', ai: 'AI' };

/** "api_key.created" → "API key created". */
export function humanizeAction(action: string): string {
  const [subject = '', verb = ''] = action.split('.');
  const noun = NOUNS[subject] ?? subject.replaceAll('_', ' ');
  const text = `${noun} ${verb.replaceAll('_', ' ')}`.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "1.2K", "3.4M", "950". */
export function compactNumber(value: number): string {
  return compact.format(value);
}

/** "12,345". */
export function wholeNumber(value: number): string {
  return whole.format(value);
}

/** "22 Nov". */
export function shortDay(iso: string): string {
  return shortDate.format(new Date(iso));
}

/** "22 Nov 2026". */
export function day(iso: string): string {
  return dateOnly.format(new Date(iso));
}
