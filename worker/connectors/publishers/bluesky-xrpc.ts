/**
 * Calls to an account's PDS over XRPC (https://atproto.com/specs/xrpc), and how its errors
 * read. An XRPC error is `{error, message}`: a refused or expired session token is 400
 * `ExpiredToken` / `InvalidToken` (401 `AuthenticationRequired` where none was accepted),
 * a missing record 400 `RecordNotFound`, anything over the account's budget 429 with the
 * `ratelimit-*` headers of the IETF draft (`ratelimit-reset` a Unix time).
 */
import { z } from 'zod';
import { Unavailable, Unconfirmed } from '../../core/outbound/errors';
import type { BudgetHeaders, ErrorRule, ServiceErrors, ServiceSays } from '../../core/outbound/http-errors';
import { outboundSend } from '../../core/outbound/send';

const XrpcError = z.object({ error: z.string(), message: z.string().optional().catch(undefined) });

function read(body: string): ServiceSays | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  const xrpc = XrpcError.safeParse(json).data;
  return xrpc ? { codes: [xrpc.error], message: xrpc.message ?? xrpc.error } : null;
}

/**
 * A PDS's budgets run over five minutes to a day (createSession: 30 per five minutes, 300 a
 * day; record writes: points per hour and per day), so a spent one may ask for hours.
 */
const BUDGET: BudgetHeaders = {
  remaining: 'ratelimit-remaining',
  reset: 'ratelimit-reset',
  resetIs: 'unix',
  maxWaitSeconds: 24 * 3600,
};

const SESSION_REFUSED: ErrorRule = {
  code: ['ExpiredToken', 'InvalidToken'],
  kind: 'auth_expired',
  message: 'Bluesky refused the session{said}',
};

/** Bluesky's errors for one kind of call: `doing` completes "Bluesky refused …". */
export function xrpcErrors(doing: string, rules: readonly ErrorRule[] = []): ServiceErrors {
  return {
    name: 'Bluesky',
    authenticated: true,
    read,
    budget: BUDGET,
    rules: [
      ...rules,
      SESSION_REFUSED,
      { code: 'RecordNotFound', kind: 'not_found', message: 'Bluesky has no such record{said}' },
      { status: 400, kind: 'bad_request', message: `Bluesky refused ${doing}{said}` },
    ],
  };
}

export interface XrpcCall {
  /** The PDS's base URL, as the account stored it. */
  service: string;
  nsid: string;
  /** Query parameters; an array repeats the name (getPosts' `uris`). */
  params?: Readonly<Record<string, string | readonly string[]>>;
  /** A procedure's input; a procedure without one (refreshSession) sets `procedure`. */
  input?: unknown;
  /** Raw bytes as the procedure's input (uploadBlob), with their MIME type. */
  blob?: { body: ReadableStream<Uint8Array>; type: string };
  /** Whether the method is a procedure (POST) rather than a query (GET); implied by `input`. */
  procedure?: boolean;
  /** A session token (the access JWT; the refresh JWT for refreshSession). */
  token?: string;
  errors: ServiceErrors;
  /** Whether the call creates something that must not be made twice (a record). */
  write?: boolean;
}

/** The XRPC URL of a method on a PDS, whose base URL may carry a path. */
export function xrpcUrl(
  service: string,
  nsid: string,
  params: Readonly<Record<string, string | readonly string[]>> = {},
): string {
  const url = new URL(`xrpc/${nsid}`, service.endsWith('/') ? service : `${service}/`);
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') url.searchParams.set(name, value);
    else for (const each of value) url.searchParams.append(name, each);
  }
  return url.toString();
}

/** Calls a method through outboundSend and reads its answer with `schema`. */
export async function xrpc<T extends z.ZodType>(env: Env, call: XrpcCall, schema: T): Promise<z.infer<T>> {
  const headers: Record<string, string> = {};
  if (call.token) headers.Authorization = `Bearer ${call.token}`;
  if (call.input !== undefined) headers['Content-Type'] = 'application/json';
  if (call.blob) headers['Content-Type'] = call.blob.type;
  const body = call.blob ? call.blob.body : call.input === undefined ? undefined : JSON.stringify(call.input);
  const sent = await outboundSend(env, xrpcUrl(call.service, call.nsid, call.params), {
    method: call.procedure || body !== undefined ? 'POST' : 'GET',
    headers,
    ...(body === undefined ? {} : { body }),
    service: call.errors,
    write: call.write ?? false,
  });
  let json: unknown;
  try {
    json = sent.json();
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  // A write that was answered 2xx took effect, whatever its body says: confirm it by looking.
  const what = `Bluesky's answer to ${call.nsid} is not what the protocol describes`;
  throw call.write ? new Unconfirmed(`${what}; whether it took effect is to be checked.`) : new Unavailable(`${what}.`);
}
