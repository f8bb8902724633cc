/** Small pieces the HTTP providers share: posting JSON, reading answers, media parts. */
import { Buffer } from 'node:buffer';
import type { z } from 'zod';
import { BadRequest, ConnectorError, Unavailable } from '../../core/outbound/errors';
import type { MediaPart } from './types';

/** `base` (a user's base URL, perhaps with a trailing slash) and a path below it. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

export function postJson(
  fetcher: typeof fetch,
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<Response> {
  return fetcher(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unexpected shape';
}

/**
 * Reads a 200 answer as JSON of the documented shape. Anything else (not JSON, another shape,
 * a body cut off by the timeout) is the provider failing, so Unavailable: the fallback chain
 * moves on and a later retry may get a proper answer.
 */
export async function readAnswer<T>(res: Response, schema: z.ZodType<T>, provider: string): Promise<T> {
  let json: unknown;
  try {
    json = await res.json();
  } catch (error) {
    if (error instanceof ConnectorError) throw error;
    const cut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new Unavailable(
      cut ? `${provider} did not finish its answer in time.` : `${provider} answered 200 with a body that is not JSON.`,
    );
  }
  return parseAnswer(json, schema, provider);
}

/** A provider's answer checked against its documented shape; another shape is the provider failing. */
export function parseAnswer<T>(json: unknown, schema: z.ZodType<T>, provider: string): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new Unavailable(`${provider} answered with an unexpected body (${describeIssue(parsed.error)}).`);
  }
  return parsed.data;
}

export function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Refuses media a provider cannot take before anything is sent (a 400 would say the same, later). */
export function checkImages(media: MediaPart[], accepted: ReadonlySet<string>, provider: string): void {
  const other = media.find((part) => !accepted.has(part.mimeType.toLowerCase()));
  if (other) {
    throw new BadRequest(`${provider} takes images as ${[...accepted].join(', ')}, not ${other.mimeType}.`);
  }
}

/**
 * A token count where the provider reports none (embeddings on Gemini and Workers AI): about
 * four characters a token for English, so budgets still see the spend. An estimate, not a bill.
 */
export function estimateTokens(texts: string[]): number {
  return texts.reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
}
