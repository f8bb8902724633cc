import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  formatWallTime,
  isTimeZone,
  offsetMinutes,
  utcToZoned,
  type WallTime,
  ZonedTimeError,
  zonedToUtc,
} from './zoned-time';

/** `YYYY-MM-DDTHH:MM` → WallTime. */
function wall(text: string): WallTime {
  const [date = '', time = ''] = text.split('T');
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { year, month, day, hour, minute };
}

const utc = (wallText: string, zone: string) => zonedToUtc(wall(wallText), zone).toISOString();

describe('zonedToUtc', () => {
  it.each([
    // Ordinary times on either side of the year's changes.
    ['Europe/Berlin', '2026-01-15T09:00', '2026-01-15T08:00:00.000Z'],
    ['Europe/Berlin', '2026-07-15T09:00', '2026-07-15T07:00:00.000Z'],
    ['America/New_York', '2026-01-15T09:00', '2026-01-15T14:00:00.000Z'],
    ['America/New_York', '2026-07-15T09:00', '2026-07-15T13:00:00.000Z'],
    ['Asia/Kolkata', '2026-07-15T09:00', '2026-07-15T03:30:00.000Z'],
    ['UTC', '2026-07-15T09:00', '2026-07-15T09:00:00.000Z'],
    // Berlin, 29 Mar 2026: 02:00 CET → 03:00 CEST. Around the gap, and in it (+1 h).
    ['Europe/Berlin', '2026-03-29T01:59', '2026-03-29T00:59:00.000Z'],
    ['Europe/Berlin', '2026-03-29T02:00', '2026-03-29T01:00:00.000Z'],
    ['Europe/Berlin', '2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
    ['Europe/Berlin', '2026-03-29T03:00', '2026-03-29T01:00:00.000Z'],
    ['Europe/Berlin', '2026-03-29T03:30', '2026-03-29T01:30:00.000Z'],
    // Berlin, 25 Oct 2026: 03:00 CEST → 02:00 CET. 02:30 happens twice: the earlier (CEST).
    ['Europe/Berlin', '2026-10-25T01:59', '2026-10-24T23:59:00.000Z'],
    ['Europe/Berlin', '2026-10-25T02:00', '2026-10-25T00:00:00.000Z'],
    ['Europe/Berlin', '2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
    ['Europe/Berlin', '2026-10-25T03:00', '2026-10-25T02:00:00.000Z'],
    // New York, 8 Mar 2026: 02:00 EST → 03:00 EDT; 02:30 becomes 03:30 EDT.
    ['America/New_York', '2026-03-08T01:30', '2026-03-08T06:30:00.000Z'],
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30:00.000Z'],
    ['America/New_York', '2026-03-08T03:30', '2026-03-08T07:30:00.000Z'],
    // New York, 1 Nov 2026: 02:00 EDT → 01:00 EST; 01:30 is 01:30 EDT, not 01:30 EST (06:30Z).
    ['America/New_York', '2026-11-01T00:59', '2026-11-01T04:59:00.000Z'],
    ['America/New_York', '2026-11-01T01:00', '2026-11-01T05:00:00.000Z'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z'],
    ['America/New_York', '2026-11-01T02:00', '2026-11-01T07:00:00.000Z'],
    // Lord Howe, +10:30 standard, +11:00 in summer: 4 Oct 2026 02:00 → 02:30, a 30-minute gap…
    ['Australia/Lord_Howe', '2026-10-04T01:59', '2026-10-03T15:29:00.000Z'],
    ['Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-03T15:45:00.000Z'],
    ['Australia/Lord_Howe', '2026-10-04T02:45', '2026-10-03T15:45:00.000Z'],
    // …and 5 Apr 2026 02:00 → 01:30, a 30-minute fold: 01:45 is the earlier one (+11:00).
    ['Australia/Lord_Howe', '2026-04-05T01:29', '2026-04-04T14:29:00.000Z'],
    ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T14:45:00.000Z'],
    ['Australia/Lord_Howe', '2026-04-05T02:00', '2026-04-04T15:30:00.000Z'],
  ])('%s %s → %s', (zone, wallText, expected) => {
    expect(utc(wallText, zone)).toBe(expected);
  });

  it('reads seconds and years before 100 as written', () => {
    expect(zonedToUtc({ year: 2026, month: 7, day: 1, hour: 9, minute: 5, second: 7 }, 'UTC').toISOString()).toBe(
      '2026-07-01T09:05:07.000Z',
    );
    expect(zonedToUtc(wall('0050-01-01T00:00'), 'UTC').getUTCFullYear()).toBe(50);
  });
});

describe('utcToZoned', () => {
  it.each([
    ['Europe/Berlin', '2026-03-29T00:59:00Z', '2026-03-29T01:59:00'],
    ['Europe/Berlin', '2026-03-29T01:00:00Z', '2026-03-29T03:00:00'],
    ['Europe/Berlin', '2026-10-25T00:30:00Z', '2026-10-25T02:30:00'],
    ['Europe/Berlin', '2026-10-25T01:30:00Z', '2026-10-25T02:30:00'],
    ['America/New_York', '2026-11-01T05:30:00Z', '2026-11-01T01:30:00'],
    ['America/New_York', '2026-11-01T06:30:00Z', '2026-11-01T01:30:00'],
    ['America/New_York', '2026-12-31T23:59:59Z', '2026-12-31T18:59:59'],
    ['Australia/Lord_Howe', '2026-04-04T15:15:00Z', '2026-04-05T01:45:00'],
    ['Australia/Lord_Howe', '2026-10-03T15:30:00Z', '2026-10-04T02:30:00'],
  ])('%s at %s is %s', (zone, instant, expected) => {
    expect(formatWallTime(utcToZoned(new Date(instant), zone))).toBe(expected);
  });

  it('gives the offset in force, in minutes', () => {
    expect(offsetMinutes(new Date('2026-04-04T14:45:00Z'), 'Australia/Lord_Howe')).toBe(660);
    expect(offsetMinutes(new Date('2026-04-04T15:15:00Z'), 'Australia/Lord_Howe')).toBe(630);
    expect(offsetMinutes(new Date('2026-11-01T06:30:00Z'), 'America/New_York')).toBe(-300);
  });
});

describe('round trips', () => {
  const windows: [string, string][] = [
    ['Europe/Berlin', '2026-03-28T20:00:00Z'],
    ['Europe/Berlin', '2026-10-24T20:00:00Z'],
    ['America/New_York', '2026-03-08T02:00:00Z'],
    ['America/New_York', '2026-11-01T01:00:00Z'],
    ['Australia/Lord_Howe', '2026-10-03T12:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T12:00:00Z'],
  ];

  it.each(windows)('%s: every instant for 12 h from %s comes back, but for the later of a fold', (zone, start) => {
    let folded = 0;
    for (let ms = Date.parse(start); ms < Date.parse(start) + 12 * 3_600_000; ms += 5 * 60_000) {
      const local = utcToZoned(new Date(ms), zone);
      const back = zonedToUtc(local, zone).getTime();
      if (back !== ms) {
        // The only instants that do not come back are the second readings of a repeated time.
        expect(back).toBeLessThan(ms);
        expect(utcToZoned(new Date(back), zone)).toEqual(local);
        folded++;
      }
    }
    const fallBack = start.includes('-10-24') || start.includes('-11-01') || start.includes('-04-04');
    expect(folded > 0).toBe(fallBack);
  });

  it.each(windows)('%s: every wall time for 12 h from %s comes back, but for those in a gap', (zone, start) => {
    const first = utcToZoned(new Date(start), zone);
    let skipped = 0;
    for (let minutes = 0; minutes < 12 * 60; minutes += 5) {
      const local = utcToZoned(new Date(Date.UTC(first.year, first.month - 1, first.day, first.hour, minutes)), 'UTC');
      const back = utcToZoned(zonedToUtc(local, zone), zone);
      if (formatWallTime(back) !== formatWallTime(local)) {
        // A skipped time moves forward, by the gap (1 h, or 30 min at Lord Howe).
        const gap = zone === 'Australia/Lord_Howe' ? 30 : 60;
        const moved = utcToZoned(new Date(zonedToUtc(local, 'UTC').getTime() + gap * 60_000), 'UTC');
        expect(back).toEqual(moved);
        skipped++;
      }
    }
    const springForward = start.includes('-03-') || start.includes('-10-03');
    expect(skipped > 0).toBe(springForward);
  });
});

describe('validation', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'UTC', 'Etc/GMT+5', 'europe/berlin'])(
    'knows %s',
    (zone) => {
      expect(isTimeZone(zone)).toBe(true);
    },
  );

  it('spells a zone the way the tz database does', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
  });

  it.each(['Mars/Olympus_Mons', '', ' Europe/Berlin', 'Europe/Berlin ', '+02:00', '-05:00', 'Berlin', '../etc'])(
    'refuses %j',
    (zone) => {
      expect(isTimeZone(zone)).toBe(false);
      expect(() => zonedToUtc(wall('2026-01-01T00:00'), zone)).toThrow(
        expect.objectContaining({ name: 'ZonedTimeError', kind: 'invalid-zone' }),
      );
      expect(() => utcToZoned(new Date(), zone)).toThrow(ZonedTimeError);
    },
  );

  it.each([
    ['Feb 29 in a common year', { year: 2026, month: 2, day: 29, hour: 0, minute: 0 }],
    ['Feb 30', { year: 2024, month: 2, day: 30, hour: 0, minute: 0 }],
    ['Apr 31', { year: 2026, month: 4, day: 31, hour: 0, minute: 0 }],
    ['Feb 29 in 1900', { year: 1900, month: 2, day: 29, hour: 0, minute: 0 }],
    ['month 13', { year: 2026, month: 13, day: 1, hour: 0, minute: 0 }],
    ['month 0', { year: 2026, month: 0, day: 1, hour: 0, minute: 0 }],
    ['day 0', { year: 2026, month: 1, day: 0, hour: 0, minute: 0 }],
    ['24:00', { year: 2026, month: 1, day: 1, hour: 24, minute: 0 }],
    ['minute 60', { year: 2026, month: 1, day: 1, hour: 0, minute: 60 }],
    ['second 60', { year: 2026, month: 1, day: 1, hour: 0, minute: 0, second: 60 }],
    ['a fraction', { year: 2026, month: 1, day: 1, hour: 9.5, minute: 0 }],
    ['NaN', { year: Number.NaN, month: 1, day: 1, hour: 0, minute: 0 }],
    ['year 0', { year: 0, month: 1, day: 1, hour: 0, minute: 0 }],
  ])('refuses %s', (_, value) => {
    expect(() => zonedToUtc(value, 'Europe/Berlin')).toThrow(
      expect.objectContaining({ name: 'ZonedTimeError', kind: 'invalid-date-time' }),
    );
  });

  it('accepts Feb 29 in a leap year and 2000', () => {
    expect(utc('2024-02-29T12:00', 'UTC')).toBe('2024-02-29T12:00:00.000Z');
    expect(utc('2000-02-29T12:00', 'UTC')).toBe('2000-02-29T12:00:00.000Z');
  });

  it('refuses an Invalid Date', () => {
    expect(() => utcToZoned(new Date(Number.NaN), 'UTC')).toThrow(
      expect.objectContaining({ kind: 'invalid-date-time' }),
    );
  });
});
