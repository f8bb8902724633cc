/**
 * Dates as feeds write them, to ISO 8601 UTC. RSS says RFC 822 and Atom says RFC 3339, but
 * real feeds mix in weekday and month names in other languages, two-digit years, named and
 * bracketed zones, no zone at all (read as UTC: nothing better is known), `T`-less ISO
 * timestamps and numeric dates. Anything that does not name a real day gives null, never a
 * throw and never an invented date.
 */

const ISO =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?)?\s*(z|utc|gmt|[+-]\d{1,2}(?::?\d{2})?)?$/i;
const RFC_822 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([+-]\d{4}|[A-Za-z]{1,4})$/;
const NUMERIC_YMD = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const NUMERIC_DMY = /\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b/;
const TOKEN = /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?|([+-])(\d{1,2}):?(\d{2})?\b|(\d+)|(\p{L}+)/gu;

/** English, and the other languages' abbreviations that show up in feeds, by first letters. */
// biome-ignore format: a table reads better by month
const MONTHS: Record<string, number> = {
  jan: 1, ene: 1, gen: 1, janv: 1,
  feb: 2, fev: 2, fév: 2, févr: 2, fevr: 2,
  mar: 3, mär: 3, mrz: 3, mars: 3,
  apr: 4, abr: 4, avr: 4,
  may: 5, mai: 5, mei: 5, mag: 5,
  jun: 6, juin: 6, giu: 6,
  jul: 7, juil: 7, lug: 7,
  aug: 8, ago: 8, aoû: 8, aou: 8, août: 8,
  sep: 9, sept: 9, set: 9,
  oct: 10, okt: 10, out: 10, ott: 10,
  nov: 11,
  dec: 12, dez: 12, dic: 12, déc: 12,
};

/** Offsets in minutes of the zone names feeds use (RFC 822's and the common others). */
// biome-ignore format: a table reads better by region
const ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600, ast: -240, adt: -180, nst: -210, ndt: -150,
  bst: 60, ist: 330, cet: 60, cest: 120, met: 60, mest: 120, west: 60, eet: 120, eest: 180, msk: 180,
  hkt: 480, sgt: 480, awst: 480, jst: 540, kst: 540, acst: 570, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
};

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offset: number;
}

/** The instant a feed's date string names, as `YYYY-MM-DDTHH:mm:ss.sssZ`, or null. */
export function parseDate(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const parts = parseRfc822(text) ?? parseIso(text) ?? parseWords(text);
  return parts ? toIso(parts) : null;
}

/** The common, well-formed RFC 822 date, quickly; anything else goes to parseWords. */
function parseRfc822(text: string): Parts | null {
  const m = RFC_822.exec(text);
  const month = m ? MONTHS[(m[2] ?? '').toLowerCase()] : undefined;
  const offset = m ? zoneOffset(m[7] ?? '') : undefined;
  if (!m || month === undefined || offset === undefined) return null;
  return {
    year: Number(m[3]),
    month,
    day: Number(m[1]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
    millisecond: 0,
    offset,
  };
}

function parseIso(text: string): Parts | null {
  const m = ISO.exec(text);
  if (!m) return null;
  return {
    year: Number(m[1]),
    month: Number(m[2] ?? 1),
    day: Number(m[3] ?? 1),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    millisecond: fraction(m[7]),
    offset: m[8] ? (zoneOffset(m[8]) ?? 0) : 0,
  };
}

/** RFC 822 and everything near it: tokens in any order, recognised by their shape. */
function parseWords(input: string): Parts | null {
  // "(CEST)" repeats the offset; "1st", "2nd" are days.
  let text = input
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1');
  const parts: Partial<Parts> = {};
  const ymd = NUMERIC_YMD.exec(text);
  const dmy = ymd ? null : NUMERIC_DMY.exec(text);
  if (ymd) {
    Object.assign(parts, { year: Number(ymd[1]), month: Number(ymd[2]), day: Number(ymd[3]) });
    text = text.replace(ymd[0], ' ');
  } else if (dmy) {
    Object.assign(parts, numericDayMonth(Number(dmy[1]), Number(dmy[3]), dmy[2] !== '/'), { year: Number(dmy[4]) });
    text = text.replace(dmy[0], ' ');
  }
  const state = { parts, pm: undefined as boolean | undefined, months: [] as number[] };
  for (const token of text.matchAll(TOKEN)) if (!readToken(token, state)) return null;
  const month = parts.month ?? state.months[state.months.length - 1];
  if (parts.year === undefined || month === undefined || parts.day === undefined) return null;
  let hour = parts.hour ?? 0;
  if (state.pm !== undefined && hour <= 12) hour = (hour % 12) + (state.pm ? 12 : 0);
  return {
    year: parts.year,
    month,
    day: parts.day,
    hour,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    millisecond: parts.millisecond ?? 0,
    offset: parts.offset ?? 0,
  };
}

interface WordState {
  parts: Partial<Parts>;
  pm: boolean | undefined;
  /** Every month name seen: the last one wins, as a Spanish or French weekday ("mar") can look like one. */
  months: number[];
}

/** Files one token into the state; false when the token makes the string no date. */
function readToken(t: RegExpMatchArray, state: WordState): boolean {
  const { parts } = state;
  if (t[1] !== undefined && parts.hour === undefined) {
    parts.hour = Number(t[1]);
    parts.minute = Number(t[2]);
    parts.second = Number(t[3] ?? 0);
    parts.millisecond = fraction(t[4]);
  } else if (t[5] !== undefined && parts.hour !== undefined) {
    const minutes = Number(t[6]) * 60 + Number(t[7] ?? 0);
    parts.offset = (parts.offset ?? 0) + (t[5] === '-' ? -minutes : minutes);
  } else if (t[5] !== undefined) {
    return readNumber(`${t[6]}${t[7] ?? ''}`, parts); // "31-Jan-2018": a separator, not a zone
  } else if (t[8] !== undefined) {
    return readNumber(t[8], parts);
  } else if (t[9] !== undefined) {
    const word = t[9];
    const month = MONTHS[word] ?? MONTHS[word.slice(0, 4)] ?? MONTHS[word.slice(0, 3)];
    if (word === 'am' || word === 'pm') state.pm = word === 'pm';
    else if (ZONES[word] !== undefined) parts.offset = ZONES[word];
    else if (month !== undefined) state.months.push(month);
  }
  return true;
}

function readNumber(digits: string, parts: Partial<Parts>): boolean {
  const n = Number(digits);
  if (digits.length === 4 && parts.year === undefined) parts.year = n;
  else if (digits.length === 4 && parts.hour !== undefined) parts.offset = Math.floor(n / 100) * 60 + (n % 100);
  else if (digits.length <= 2 && parts.day === undefined) parts.day = n;
  else if (digits.length <= 2 && parts.year === undefined) parts.year = n < 50 ? 2000 + n : 1900 + n;
  else return false;
  return true;
}

/** `05.03.2020` is European (day first); `05/03/2020` American unless the first number cannot be a month. */
function numericDayMonth(first: number, second: number, dotted: boolean): Pick<Parts, 'day' | 'month'> {
  return dotted || first > 12 ? { day: first, month: second } : { day: second, month: first };
}

/** Minutes east of UTC for "+0200", "-05:00", "EST"…; undefined for what is not a zone. */
function zoneOffset(zone: string): number | undefined {
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function fraction(digits: string | undefined): number {
  return digits ? Math.floor(Number(`0.${digits}`) * 1000) : 0;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function toIso(p: Parts): string | null {
  const valid =
    p.year >= 1000 &&
    p.year <= 9999 &&
    p.month >= 1 &&
    p.month <= 12 &&
    p.day >= 1 &&
    p.day <= (DAYS_IN_MONTH[p.month - 1] ?? 0) &&
    p.hour <= 24 &&
    p.minute <= 59 &&
    p.second <= 60 &&
    Math.abs(p.offset) <= 18 * 60;
  if (!valid) return null;
  const utc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, Math.min(p.second, 59), p.millisecond);
  const date = new Date(utc - p.offset * 60_000);
  // Date.UTC rolls 29 February over into March in common years: that day does not exist.
  if (p.month === 2 && p.day === 29 && new Date(utc).getUTCMonth() !== 1) return null;
  return date.toISOString();
}
