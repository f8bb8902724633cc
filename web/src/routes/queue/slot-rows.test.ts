import { describe, expect, it } from 'vitest';
import { normalizeSlots, slotLabel, timeZones } from './slot-rows';

describe('slot rows', () => {
  it('orders slots by weekday and time and folds the same one twice', () => {
    expect(
      normalizeSlots([
        { weekday: 4, time: '17:30' },
        { weekday: 1, time: '09:00' },
        { weekday: 4, time: '17:30' },
        { weekday: 1, time: '08:15' },
      ]),
    ).toEqual([
      { weekday: 1, time: '08:15' },
      { weekday: 1, time: '09:00' },
      { weekday: 4, time: '17:30' },
    ]);
  });

  it('reads a slot in the account’s zone, not the browser’s', () => {
    expect(slotLabel('2027-03-28T07:00:00Z', 'Europe/Berlin')).toMatch(/09:00/);
    expect(slotLabel('2027-03-27T08:00:00Z', 'Europe/Berlin')).toMatch(/09:00/);
  });

  it('keeps a zone the browser does not list', () => {
    expect(timeZones('Legacy/Zone')[0]).toBe('Legacy/Zone');
    const listed = timeZones('Europe/Berlin');
    expect(listed.filter((zone) => zone === 'Europe/Berlin')).toHaveLength(1);
    expect(listed.length).toBe(timeZones('Legacy/Zone').length - 1);
  });
});
