/**
 * An account's posting queue: recurring weekly slots ("Mondays 09:00, Thursdays 17:30") in the
 * account's time zone. A post added to the queue goes to the first slot no other post holds.
 * Slots are wall-clock times, so 09:00 stays 09:00 across DST (its UTC instant moves); the
 * DST rules are zoned-time's: a slot in a spring-forward gap moves forward by the gap, a slot
 * in a fall-back fold is the earlier of its two instants.
 */
import { utcToZoned, zonedToUtc } from './zoned-time';

/** A weekly slot: `weekday` 0 (Sunday) – 6 (Saturday), `time` `HH:MM` on a 24-hour clock. */
export interface PostingSlot {
  weekday: number;
  time: string;
}

/** A slot that names no weekday or no time of day. */
export class InvalidSlotError extends Error {
  override name = 'InvalidSlotError';
}

/** How far ahead `nextFreeSlot` looks by default. */
export const SLOT_SEARCH_WEEKS = 12;

const DAY = 86_400_000;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `slot` is a weekday 0–6 and an `HH:MM` time (00:00–23:59). */
export function isValidSlot(slot: PostingSlot): boolean {
  return Number.isInteger(slot.weekday) && slot.weekday >= 0 && slot.weekday <= 6 && TIME.test(slot.time);
}

function clockOf(slot: PostingSlot): { hour: number; minute: number } {
  const match = TIME.exec(slot.time);
  if (!match || !isValidSlot(slot)) throw new InvalidSlotError(`Not a weekly slot: ${JSON.stringify(slot)}`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * The instants of `slots` in `zone` that fall after `after` and no later than `weeks` weeks
 * after it, earliest first, each once (two slots can meet in one instant when a gap moves one
 * onto the other).
 *
 * @throws InvalidSlotError for a malformed slot; ZonedTimeError for a zone that is no IANA name.
 */
export function slotInstants(
  slots: readonly PostingSlot[],
  zone: string,
  after: Date,
  weeks = SLOT_SEARCH_WEEKS,
): Date[] {
  const clocks = slots.map((slot) => ({ weekday: slot.weekday, ...clockOf(slot) }));
  const start = after.getTime();
  const end = start + weeks * 7 * DAY;
  // Walk the zone's calendar days from the day `after` falls on; a day's civil date is taken
  // from UTC arithmetic on the date alone, which has no DST to trip on.
  const first = utcToZoned(after, zone);
  const firstDay = Date.UTC(first.year, first.month - 1, first.day);
  const instants = new Set<number>();
  for (let day = 0; day <= weeks * 7 + 1; day++) {
    const date = new Date(firstDay + day * DAY);
    for (const clock of clocks) {
      if (clock.weekday !== date.getUTCDay()) continue;
      const wall = {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour: clock.hour,
        minute: clock.minute,
      };
      const ms = zonedToUtc(wall, zone).getTime();
      if (ms > start && ms <= end) instants.add(ms);
    }
  }
  return [...instants].sort((a, b) => a - b).map((ms) => new Date(ms));
}

/**
 * The first instant of one of `slots` (weekly, wall-clock, in `zone`) strictly after `after`
 * that no date in `taken` holds (compared to the millisecond), or null if every slot is taken
 * for the next `weeks` weeks (or there are no slots).
 *
 * @throws InvalidSlotError for a malformed slot; ZonedTimeError for a zone that is no IANA name.
 */
export function nextFreeSlot(
  slots: readonly PostingSlot[],
  zone: string,
  after: Date,
  taken: readonly Date[],
  weeks = SLOT_SEARCH_WEEKS,
): Date | null {
  const held = new Set(taken.map((date) => date.getTime()));
  return slotInstants(slots, zone, after, weeks).find((instant) => !held.has(instant.getTime())) ?? null;
}
