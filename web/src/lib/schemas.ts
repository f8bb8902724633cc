import { z } from 'zod';

/** Client-side checks mirroring the API's, so forms complain while you type. */
export const emailField = z
  .string()
  .trim()
  .min(1, 'Enter an email address.')
  .pipe(z.email({ message: 'Enter a valid email address.' }));

/** The API's minimum (worker/routes/schemas.ts). */
export const MIN_PASSWORD_LENGTH = 8;

export const passwordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, 'Use at most 256 characters.');

export const nameField = z.string().trim().min(1, 'Required.').max(100, 'Use at most 100 characters.');

export const roleField = z.enum(['viewer', 'editor', 'admin', 'owner']);

/** An absolute http(s) URL with a host, as the API's outbound fetches accept. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
