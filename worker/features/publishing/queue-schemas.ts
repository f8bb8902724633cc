import { z } from '@hono/zod-openapi';
import { Timestamp } from '../../core/http/schemas';
import { TARGET_STATUSES } from '../../db/schema/post-targets';
import { canonicalTimeZone } from '../../lib/zoned-time';

const Slot = z.object({
  weekday: z.number().int().min(0, 'A weekday is 0 (Sunday) to 6.').max(6, 'A weekday is 0 (Sunday) to 6.'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give a time as HH:MM (00:00–23:59).'),
});

/** An IANA zone name, answered as the runtime spells it (`europe/berlin` → `Europe/Berlin`). */
export const TimeZone = z
  .string()
  .max(64)
  .transform((zone, ctx) => {
    const canonical = canonicalTimeZone(zone);
    if (canonical) return canonical;
    ctx.addIssue({ code: 'custom', message: 'Give an IANA time zone, such as Europe/Berlin.' });
    return z.NEVER;
  });

export const SlotSetInput = z
  .object({ timeZone: TimeZone, slots: z.array(Slot).max(50, 'At most 50 posting times per account.') })
  .openapi('SlotSetInput');

export const SlotSetSchema = z
  .object({ timeZone: z.string().nullable(), slots: z.array(Slot) })
  .openapi('SlotSet', { description: 'Weekly posting times: weekday 0 (Sunday) – 6, HH:MM wall-clock in timeZone' });

export const QueueSchema = z
  .object({
    timeZone: z.string().nullable(),
    slots: z.array(
      z.object({
        at: Timestamp,
        post: z.object({ id: z.string(), body: z.string(), status: z.enum(TARGET_STATUSES) }).nullable(),
      }),
    ),
  })
  .openapi('AccountQueue');
