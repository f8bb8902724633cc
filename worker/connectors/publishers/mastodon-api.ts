/**
 * Mastodon's REST API as the publisher uses it: how it speaks its errors, the shapes of the
 * answers read, and one call helper that goes through outboundSend with the account's token.
 * https://docs.joinmastodon.org/api/guidelines/ , https://docs.joinmastodon.org/api/rate-limits/
 */
import { z } from 'zod';
import { BadRequest, Unconfirmed } from '../../core/outbound/errors';
import type { ServiceErrors, ServiceSays } from '../../core/outbound/http-errors';
import { outboundSend } from '../../core/outbound/send';

/** Errors are `{error, error_description?}` (OAuth errors carry both, the rest only `error`). */
const ErrorBody = z.object({ error: z.string(), error_description: z.string().optional() });

function read(body: string): ServiceSays | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const parsed = ErrorBody.safeParse(json).data;
  if (!parsed) return null;
  return { codes: [parsed.error], message: parsed.error_description ?? parsed.error };
}

/**
 * The errors of one instance. 401 (and 403: a token without the scope, a disabled login) means
 * the token no longer works, and Mastodon tokens never expire on their own, so a person must
 * reconnect. 422 is a validation failure ("Text character limit of 500 exceeded"): the post
 * itself is refused, with Mastodon's message. A 429 carries X-RateLimit-Remaining: 0 and
 * X-RateLimit-Reset as an ISO time (rack-attack's window end): wait until then.
 */
export function mastodonErrors(host: string): ServiceErrors {
  return {
    name: `Mastodon (${host})`,
    authenticated: true,
    read,
    budget: { remaining: 'x-ratelimit-remaining', reset: 'x-ratelimit-reset', resetIs: 'iso', maxWaitSeconds: 3600 },
    rules: [
      { status: 422, kind: 'bad_request', message: `Mastodon (${host}) refused the post{said}` },
      { status: [401, 403], kind: 'auth_expired', message: `Mastodon (${host}) refused the access token{said}` },
    ],
  };
}

/**
 * The part of a MediaAttachment the publisher reads: `url` is null while the server still
 * processes the file (an upload answered 202). https://docs.joinmastodon.org/entities/MediaAttachment/
 */
export const MediaAttachment = z.object({ id: z.string(), type: z.string(), url: z.string().nullable() });

/** The part of a Status the publisher reads. https://docs.joinmastodon.org/entities/Status/ */
export const Status = z.object({
  id: z.string(),
  created_at: z.string(),
  in_reply_to_id: z.string().nullable(),
  content: z.string(),
  url: z.string().nullable().optional(),
  uri: z.string(),
  reblog: z.unknown().nullable().optional(),
});
export type Status = z.infer<typeof Status>;

/** The part of a CredentialAccount read on connect. */
export const CredentialAccount = z.object({
  id: z.string(),
  acct: z.string(),
  username: z.string(),
  display_name: z.string().optional(),
});

const Count = z.number().int().positive().optional().catch(undefined);

/** Instance v2's limits (https://docs.joinmastodon.org/entities/Instance/#configuration); any may be missing. */
export const InstanceV2 = z.object({
  domain: z.string().optional().catch(undefined),
  configuration: z
    .object({
      statuses: z
        .object({ max_characters: Count, max_media_attachments: Count, characters_reserved_per_url: Count })
        .optional()
        .catch(undefined),
      media_attachments: z
        .object({
          image_size_limit: Count,
          video_size_limit: Count,
          image_matrix_limit: Count,
          video_matrix_limit: Count,
          supported_mime_types: z.array(z.string()).optional().catch(undefined),
        })
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
});

/** An instance URL without a trailing slash, so paths can be appended. */
export function instanceBase(instanceUrl: string): string {
  return instanceUrl.replace(/\/+$/, '');
}

interface Call {
  method?: 'GET' | 'POST';
  token?: string;
  /** A JSON body (Mastodon takes JSON as well as form parameters). */
  json?: Record<string, unknown>;
  /** Any other body (a multipart upload), with its Content-Type. */
  body?: { stream: ReadableStream<Uint8Array>; type: string };
  headers?: Record<string, string>;
  write?: boolean;
  /** Another reading of errors than the API's (the OAuth endpoints). */
  service?: ServiceErrors;
}

/** One API call to an instance; the answer read with `schema` (BadRequest when it does not fit). */
export async function mastodonCall<T extends z.ZodType>(
  env: Env,
  instanceUrl: string,
  path: string,
  schema: T,
  call: Call = {},
): Promise<z.infer<T>> {
  const base = instanceBase(instanceUrl);
  const host = new URL(base).host;
  const sent = await outboundSend(env, `${base}${path}`, {
    method: call.method ?? 'GET',
    headers: {
      ...(call.token ? { Authorization: `Bearer ${call.token}` } : {}),
      ...(call.json ? { 'Content-Type': 'application/json' } : {}),
      ...(call.body ? { 'Content-Type': call.body.type } : {}),
      ...call.headers,
    },
    ...(call.json ? { body: JSON.stringify(call.json) } : {}),
    ...(call.body ? { body: call.body.stream } : {}),
    service: call.service ?? mastodonErrors(host),
    write: call.write ?? false,
  });
  let json: unknown = null;
  try {
    json = sent.json<unknown>();
  } catch {
    json = null;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const what = `Mastodon (${host}) answered ${path} in a shape Crowsnest does not read`;
  // A write that succeeded with an unreadable answer did take effect, somewhere: look it up.
  throw call.write ? new Unconfirmed(`${what}; whether it took effect is unknown.`) : new BadRequest(`${what}.`);
}
