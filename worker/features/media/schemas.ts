import { z } from '@hono/zod-openapi';
import { HIDDEN_OR_CONTROL, Timestamp } from '../../core/http/schemas';
import { MEDIA_KINDS } from '../../db/schema/media';

/** Bluesky takes 1,000 characters of alt text and Mastodon 1,500: the library keeps what both take. */
export const ALT_MAX = 1000;

const Alt = z.string().trim().max(ALT_MAX, `Use at most ${ALT_MAX} characters (Bluesky's limit).`);

const Filename = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(255, 'Use at most 255 characters.')
  .refine((name) => !HIDDEN_OR_CONTROL.test(name), { message: 'Remove control characters and invisible formatting.' });

export const MediaSchema = z
  .object({
    id: z.string(),
    type: z.string().openapi({ description: 'The MIME type, sniffed from the bytes', example: 'image/png' }),
    kind: z.enum(MEDIA_KINDS),
    bytes: z.number().int(),
    sha256: z.string(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    durationMs: z.number().int().nullable(),
    alt: z.string().nullable(),
    filename: z.string().nullable(),
    url: z.string().openapi({ description: 'The file, with the same authorization as this API' }),
    previewUrl: z.string().openapi({
      description:
        'The file through a signed link valid for one to two hours, for <img> and <video> (no header needed)',
    }),
    createdAt: Timestamp,
  })
  .openapi('Media');

export const UploadQuery = z.object({
  filename: Filename.optional(),
  alt: Alt.optional(),
});

export const MediaQuery = z.object({
  q: z.string().trim().max(200, 'Use at most 200 characters.').optional(),
  kind: z.enum(MEDIA_KINDS).optional(),
});

export const UpdateMedia = z
  .object({ alt: Alt.nullable().openapi({ description: 'Alt text; null or empty removes it' }) })
  .openapi('MediaUpdate');
