import { describe, expect, it } from 'vitest';
import { InvalidSlotError, isValidSlot, nextFreeSlot, type PostingSlot, slotInstants } from './posting-slots';
import { ZonedTimeError } from './zoned-time';

const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;

// Weekdays: 0 Sunday … 6 Saturday.
const MON_0900: PostingSlot = { weekday: 1, time: '09:00' };
const THU_1730: PostingSlot = { weekday: 4, time: '17:30' };

describe('nextFreeSlot', () => {
  it('gives the first slot after the given instant', () => {
    // Wednesday 14 Jan 2026, noon in Berlin (CET, +1): next is Thursday 17:30.
    expect(iso(nextFreeSlot([MON_0900, THU_1730], 'Europe/Berlin', at('2026-01-14T11:00:00Z'), []))).toBe(
      '2026-01-15T16:30:00.000Z',
    );
  });

  it('is strictly after: a slot at exactly `after` is not next', () => {
    expect(iso(nextFreeSlot([MON_0900], 'Europe/Berlin', at('2026-01-12T08:00:00Z'), []))).toBe(
      '2026-01-19T08:00:00.000Z',
    );
    expect(iso(nextFreeSlot([MON_0900], 'Europe/Berlin', at('2026-01-12T07:59:59.999Z'), []))).toBe(
      '2026-01-12T08:00:00.000Z',
    );
  });

  it('skips taken instants, matched exactly, and goes on to later weeks', () => {
    const after = at('2026-01-14T11:00:00Z');
    const taken = [at('2026-01-15T16:30:00Z'), at('2026-01-19T08:00:00Z')];
    expect(iso(nextFreeSlot([MON_0900, THU_1730], 'Europe/Berlin', after, taken))).toBe('2026-01-22T16:30:00.000Z');
    // A post a minute off a slot does not hold it.
    expect(iso(nextFreeSlot([THU_1730], 'Europe/Berlin', after, [at('2026-01-15T16:31:00Z')]))).toBe(
      '2026-01-15T16:30:00.000Z',
    );
  });

  it('reads the day of the week in the zone, not in UTC', () => {
    // Monday 09:00 in Auckland (+13 in January) is Sunday 20:00 UTC.
    expect(iso(nextFreeSlot([MON_0900], 'Pacific/Auckland', at('2026-01-10T00:00:00Z'), []))).toBe(
      '2026-01-11T20:00:00.000Z',
    );
    // Sunday 22:00 in Los Angeles (-8) is Monday 06:00 UTC.
    expect(
      iso(nextFreeSlot([{ weekday: 0, time: '22:00' }], 'America/Los_Angeles', at('2026-01-12T00:00:00Z'), [])),
    ).toBe('2026-01-12T06:00:00.000Z');
  });

  it('keeps the wall-clock time across a DST week (Berlin, spring forward Sunday 29 Mar 2026)', () => {
    const slots: PostingSlot[] = [
      { weekday: 6, time: '09:00' }, // Saturday before: CET
      { weekday: 0, time: '02:30' }, // in the gap: 03:30 CEST
      { weekday: 0, time: '09:00' }, // after it: CEST
      { weekday: 2, time: '09:00' }, // Tuesday
    ];
    const after = at('2026-03-27T00:00:00Z');
    expect(slotInstants(slots, 'Europe/Berlin', after, 1).map(iso)).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
    ]);
    expect(iso(nextFreeSlot(slots, 'Europe/Berlin', after, [at('2026-03-28T08:00:00Z')]))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // The Tuesday slot is 08:00 UTC the week before and 07:00 UTC the week after.
    expect(iso(nextFreeSlot([{ weekday: 2, time: '09:00' }], 'Europe/Berlin', at('2026-03-23T00:00:00Z'), []))).toBe(
      '2026-03-24T08:00:00.000Z',
    );
  });

  it('treats two slots that a gap moves onto one instant as one', () => {
    // 02:30 does not exist on 29 Mar 2026 in Berlin and becomes 03:30, the other slot's instant.
    const slots: PostingSlot[] = [
      { weekday: 0, time: '02:30' },
      { weekday: 0, time: '03:30' },
    ];
    const after = at('2026-03-28T12:00:00Z');
    expect(iso(nextFreeSlot(slots, 'Europe/Berlin', after, [at('2026-03-29T01:30:00Z')]))).toBe(
      '2026-04-05T00:30:00.000Z',
    );
  });

  it('takes the earlier instant of a slot in a fall-back fold (New York, 1 Nov 2026)', () => {
    const slots: PostingSlot[] = [{ weekday: 0, time: '01:30' }];
    const after = at('2026-10-31T12:00:00Z');
    expect(iso(nextFreeSlot(slots, 'America/New_York', after, []))).toBe('2026-11-01T05:30:00.000Z');
    // Once it is taken, the second 01:30 (EST) is not another slot: next week's is.
    expect(iso(nextFreeSlot(slots, 'America/New_York', after, [at('2026-11-01T05:30:00Z')]))).toBe(
      '2026-11-08T06:30:00.000Z',
    );
  });

  it('answers null when nothing is free within the search window, or there are no slots', () => {
    const after = at('2026-01-14T11:00:00Z');
    const weekly = slotInstants([MON_0900], 'Europe/Berlin', after, 4);
    expect(weekly).toHaveLength(4);
    expect(nextFreeSlot([MON_0900], 'Europe/Berlin', after, weekly, 4)).toBeNull();
    expect(iso(nextFreeSlot([MON_0900], 'Europe/Berlin', after, weekly, 5))).toBe('2026-02-16T08:00:00.000Z');
    expect(nextFreeSlot([], 'Europe/Berlin', after, [])).toBeNull();
  });

  it('refuses malformed slots and unknown zones', () => {
    for (const slot of [
      { weekday: 7, time: '09:00' },
      { weekday: -1, time: '09:00' },
      { weekday: 1.5, time: '09:00' },
      { weekday: 1, time: '24:00' },
      { weekday: 1, time: '9:00' },
      { weekday: 1, time: '09:60' },
      { weekday: 1, time: '09:00:00' },
    ]) {
      expect(isValidSlot(slot)).toBe(false);
      expect(() => nextFreeSlot([slot], 'Europe/Berlin', new Date(), [])).toThrow(InvalidSlotError);
    }
    expect(isValidSlot({ weekday: 0, time: '00:00' })).toBe(true);
    expect(isValidSlot({ weekday: 6, time: '23:59' })).toBe(true);
    expect(() => nextFreeSlot([MON_0900], 'Europe/Atlantis', new Date(), [])).toThrow(ZonedTimeError);
  });
});
