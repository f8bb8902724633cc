import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayKey,
  fromLocalInput,
  localInputValue,
  moveTo,
  parseDayKey,
  shiftView,
  startOfWeek,
  viewDays,
  viewRange,
} from './calendar';

describe('calendar', () => {
  it('starts weeks on Monday', () => {
    expect(dayKey(startOfWeek(new Date(2026, 11, 3)))).toBe('2026-11-30'); // a Thursday
    expect(dayKey(startOfWeek(new Date(2026, 11, 6, 23)))).toBe('2026-11-30'); // a Sunday
    expect(dayKey(startOfWeek(new Date(2026, 10, 30)))).toBe('2026-11-30'); // the Monday itself
  });

  it('shows whole weeks around a month', () => {
    const days = viewDays('month', new Date(2026, 11, 17));
    expect(days).toHaveLength(35);
    expect(dayKey(days[0] ?? new Date(0))).toBe('2026-11-30');
    expect(dayKey(days.at(-1) ?? new Date(0))).toBe('2027-01-03');
    // February 2027 starts on a Monday and ends on a Sunday: four weeks exactly.
    expect(viewDays('month', new Date(2027, 1, 10))).toHaveLength(28);
  });

  it('asks for the instants from the first midnight to the one after the last day', () => {
    const { from, to } = viewRange('week', new Date(2026, 11, 3, 15));
    expect(from).toEqual(new Date(2026, 10, 30));
    expect(to).toEqual(new Date(2026, 11, 7));
    const day = viewRange('day', new Date(2026, 11, 3, 15));
    expect(day.to.getTime() - day.from.getTime()).toBe(
      addDays(new Date(2026, 11, 3), 1).getTime() - day.from.getTime(),
    );
  });

  it('moves by a view at a time', () => {
    expect(dayKey(shiftView('month', new Date(2026, 0, 31), 1))).toBe('2026-02-01');
    expect(dayKey(shiftView('week', new Date(2026, 11, 3), -1))).toBe('2026-11-26');
    expect(dayKey(shiftView('day', new Date(2026, 11, 31), 1))).toBe('2027-01-01');
  });

  it('moves a post to another day at the same local time, or to an hour', () => {
    const at = new Date(2026, 11, 3, 9, 45);
    expect(moveTo(at, new Date(2026, 11, 10))).toEqual(new Date(2026, 11, 10, 9, 45));
    expect(moveTo(at, new Date(2026, 11, 10), 14)).toEqual(new Date(2026, 11, 10, 14, 0));
  });

  it('reads and writes datetime-local values in local time', () => {
    const at = new Date(2026, 11, 3, 9, 5);
    expect(localInputValue(at)).toBe('2026-12-03T09:05');
    expect(fromLocalInput('2026-12-03T09:05')).toEqual(at);
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('tomorrow')).toBeUndefined();
  });

  it('parses only real day keys', () => {
    expect(parseDayKey('2026-12-03')).toEqual(new Date(2026, 11, 3));
    expect(parseDayKey('2026-02-30')).toBeUndefined();
    expect(parseDayKey(null)).toBeUndefined();
  });
});
