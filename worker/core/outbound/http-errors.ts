/**
 * The one place an outside service's HTTP error answer becomes a connector error. Every
 * connector (readers, AI providers, the publishers and senders to come) describes how its
 * service speaks as data — a `ServiceErrors` — and this file does the rest: the status table,
 * the wait a 429 or a spent budget asks for, the service's own message.
 */
import { AuthExpired, BadRequest, ConnectorError, NotFound, RateLimited, Unavailable } from './errors';

export type ErrorKind = 'rate_limited' | 'auth_expired' | 'bad_request' | 'not_found' | 'unavailable';

/** An answer other than 2xx (or 304), with as much of its body as was kept. */
export interface ErrorAnswer {
  status: number;
  headers: Headers;
  body: string;
}

/** What the body of an error answer says, read in the service's own format. */
export interface ServiceSays {
  /** The service's error codes (YouTube's `reason`s, an XRPC `error`, Reddit's `reason`…). */
  codes: readonly string[];
  message: string | null;
  /** A wait the body itself names (Google's RetryInfo), in seconds. */
  retryAfter?: number;
}

/**
 * A special meaning of some answers of a service. Every condition given must hold; the first
 * rule that matches decides, and answers no rule matches follow the HTTP status table.
 */
export interface ErrorRule {
  status?: number | readonly number[];
  /** Any of these codes named in the body. */
  code?: string | readonly string[];
  /** The service's message matches. */
  said?: RegExp;
  /** The body is empty, or not in the service's format (an HTML block page). */
  body?: 'empty' | 'unreadable';
  kind: ErrorKind;
  /** What to tell people. `{said}` becomes ": <the service's message>", or "." when it said nothing. */
  message?: string;
  /** For rate_limited: seconds to wait, or how to work them out (else the answer's headers say). */
  retryAfter?: number | (() => number);
}

/** A budget announced in response headers (Reddit's x-ratelimit-*, Bluesky's ratelimit-*). */
export interface BudgetHeaders {
  remaining: string;
  reset: string;
  /** Whether `reset` counts seconds from now, is a Unix time, or an ISO 8601 time (Mastodon's X-RateLimit-Reset). */
  resetIs: 'seconds' | 'unix' | 'iso';
  /** The longest wait to believe (a clock far off would otherwise stall a service for hours). */
  maxWaitSeconds?: number;
}

export interface ServiceErrors {
  /** Names the service in messages ("The YouTube Data API", or a host). */
  name: string;
  /** Whether requests carry credentials of ours: then 401 and 403 mean they were refused. */
  authenticated?: boolean;
  /** Reads codes and message from an error body; null for a body not in the service's format. */
  read?(body: string): ServiceSays | null;
  rules?: readonly ErrorRule[];
  budget?: BudgetHeaders;
}

/** How long to wait after a 429 that does not say. */
export const DEFAULT_RETRY_AFTER_S = 60;

/**
 * Seconds to wait, from an answer's headers: `retry-after-ms` (sent by OpenAI and Anthropic
 * and read first by their SDKs), then `Retry-After` in seconds or as an HTTP date (RFC 9110
 * §10.2.3), then a spent budget's reset; null when none says.
 */
export function retryAfterSeconds(headers: Headers, budget?: BudgetHeaders, now = Date.now()): number | null {
  const ms = Number(headers.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return Math.max(1, Math.ceil(ms / 1000));
  const value = headers.get('retry-after');
  if (value) {
    const seconds = Number(value);
    if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
    const at = Date.parse(value);
    if (!Number.isNaN(at)) return Math.max(1, Math.ceil((at - now) / 1000));
  }
  return budget ? budgetResetSeconds(headers, budget, now, true) : null;
}

/**
 * Seconds until a spent budget comes back, from the service's rate-limit headers; null while
 * requests remain (or the headers do not say). `spentOnly: false` reads the reset regardless.
 */
export function budgetResetSeconds(headers: Headers, budget: BudgetHeaders, now = Date.now(), spentOnly = true) {
  const remaining = Number(headers.get(budget.remaining) ?? Number.NaN);
  const value = headers.get(budget.reset) ?? '';
  const reset = budget.resetIs === 'iso' ? Date.parse(value) / 1000 : Number(value || Number.NaN);
  if (!Number.isFinite(reset) || (spentOnly && !(remaining < 1))) return null;
  const wait = Math.ceil(budget.resetIs === 'seconds' ? reset : reset - now / 1000);
  if (wait <= 0) return null;
  return budget.maxWaitSeconds ? Math.min(wait, budget.maxWaitSeconds) : wait;
}

const oneOf = <T>(value: T | readonly T[] | undefined, actual: T) =>
  value === undefined || (Array.isArray(value) ? value.includes(actual) : value === actual);

function matches(rule: ErrorRule, answer: ErrorAnswer, says: ServiceSays | null): boolean {
  if (!oneOf(rule.status, answer.status)) return false;
  if (rule.code !== undefined && !says?.codes.some((code) => oneOf(rule.code, code))) return false;
  if (rule.said && !rule.said.test(says?.message ?? '')) return false;
  if (rule.body === 'empty' && answer.body.trim() !== '') return false;
  if (rule.body === 'unreadable' && (answer.body.trim() === '' || says !== null)) return false;
  return true;
}

/** The HTTP status table, for answers no rule of the service claims. */
function kindOf(status: number, authenticated: boolean): ErrorKind {
  if (status === 429) return 'rate_limited';
  if (status === 401 || status === 403) return authenticated ? 'auth_expired' : 'bad_request';
  if (status === 404 || status === 410) return 'not_found';
  // 408: the server gave up waiting; 5xx including Anthropic's 529 "overloaded".
  if (status === 408 || status >= 500) return 'unavailable';
  return 'bad_request';
}

/** The connector error an error answer means, in the service's terms. */
export function errorFromAnswer(answer: ErrorAnswer, service: ServiceErrors): ConnectorError {
  let says: ServiceSays | null = null;
  try {
    says = answer.body && service.read ? service.read(answer.body) : null;
  } catch {
    says = null;
  }
  const rule = service.rules?.find((candidate) => matches(candidate, answer, says));
  const kind = rule?.kind ?? kindOf(answer.status, service.authenticated ?? false);
  const said = says?.message ? `: ${says.message}` : '.';
  const message = rule?.message
    ? rule.message.replaceAll('{said}', said).replaceAll('{status}', String(answer.status))
    : `${service.name} answered ${answer.status}${said}`;
  const ruleWait = typeof rule?.retryAfter === 'function' ? rule.retryAfter() : rule?.retryAfter;
  const error = build(kind, message, answer.status, () =>
    Math.max(
      1,
      Math.ceil(
        ruleWait ?? says?.retryAfter ?? retryAfterSeconds(answer.headers, service.budget) ?? DEFAULT_RETRY_AFTER_S,
      ),
    ),
  );
  error.body = answer.body;
  error.headers = answer.headers;
  return error;
}

/**
 * An error a generic fetch raised for an answer (its status, headers and body kept on it),
 * read again in a service's terms; anything else is returned as it is.
 */
export function inTermsOf(error: unknown, service: ServiceErrors): unknown {
  if (!(error instanceof ConnectorError) || error.status === undefined || error.status < 400) return error;
  return errorFromAnswer(
    { status: error.status, headers: error.headers ?? new Headers(), body: error.body ?? '' },
    service,
  );
}

/** An error for a status reported without an HTTP answer (an SDK's error, a binding's code), by the same table. */
export function errorForStatus(status: number, message: string, retryAfter = DEFAULT_RETRY_AFTER_S): ConnectorError {
  return build(kindOf(status, true), message, status, () => retryAfter);
}

function build(kind: ErrorKind, message: string, status: number, wait: () => number): ConnectorError {
  switch (kind) {
    case 'rate_limited':
      return new RateLimited(wait(), message, status);
    case 'auth_expired':
      return new AuthExpired(message, status);
    case 'not_found':
      return new NotFound(message, status);
    case 'unavailable':
      return new Unavailable(message, status);
    case 'bad_request':
      return new BadRequest(message, status);
  }
}
