import { z } from '@hono/zod-openapi';
import { ROLES } from '../../lib/roles';

/** Shapes shared by many routes. */
export const Role = z.enum(ROLES).openapi('Role');

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid email address.' }));

export const Id = z.string().min(1).max(64);

/**
 * What a name shown to other people never needs, and what makes it show something other than
 * it is: controls (Cc), invisible formatting (Cf) — the bidirectional embeddings, overrides and
 * isolates U+202A–U+202E and U+2066–U+2069 and the marks U+200E/U+200F reorder the text around
 * them ("Trojan Source", CVE-2021-42574), zero-width and tag characters hide text —, line and
 * paragraph separators, and lone surrogates (Cs), which are no text at all. The zero-width
 * (non-)joiners U+200C/U+200D stay: Persian and Indic names and emoji sequences need them.
 */
export const HIDDEN_OR_CONTROL = /(?![\u200C\u200D])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** Every human-readable name the API accepts: users, workspaces, API keys, sources, brand voices. */
export const Name = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(100, 'Use at most 100 characters.')
  .refine((name) => !HIDDEN_OR_CONTROL.test(name), {
    message: 'Remove control characters and invisible formatting (such as text direction marks).',
  });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(512).optional(),
});

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const Timestamp = z.string().openapi({ format: 'date-time', example: '2026-11-22T10:00:00.000Z' });
