import {
  AuthExpired,
  BadRequest,
  type ConnectorError,
  RateLimited,
  Refused,
  Unavailable,
} from '../../core/outbound/errors';
import { guardUrl } from '../../core/outbound/guard';
import { outboundPolicy } from '../../core/outbound/policy';

/** Generation can take a while; longer than this and the fallback chain should move on. */
export const DEFAULT_PROVIDER_TIMEOUT_MS = 60_000;
/** Embeddings of a large batch are the biggest answers (a few MB); anything far past that is not an API answer. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
/** Enough of an error body to read the provider's explanation. */
const MAX_ERROR_BYTES = 64 * 1024;
/** How long to wait after a 429 that does not say. */
const DEFAULT_RETRY_AFTER_S = 60;

export interface ProviderFetchOptions {
  timeoutMs?: number;
}

/** Passes a body through while it stays under `limit` bytes, and fails the stream past it. */
function capped(body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> {
  let total = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > limit) controller.error(new Unavailable(`The answer is larger than ${limit} bytes.`));
        else controller.enqueue(chunk);
      },
    }),
  );
}

/**
 * Seconds to wait from a 429's headers: `retry-after-ms` (sent by OpenAI and Anthropic and
 * read first by their official SDKs), then `Retry-After` in seconds or as an HTTP date (RFC 9110 §10.2.3).
 */
function retryAfterSeconds(headers: Headers): number {
  const ms = Number(headers.get('retry-after-ms') ?? Number.NaN);
  if (Number.isFinite(ms) && ms >= 0) return Math.max(1, Math.ceil(ms / 1000));
  const value = headers.get('retry-after');
  if (!value) return DEFAULT_RETRY_AFTER_S;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
  const at = Date.parse(value);
  return Number.isNaN(at) ? DEFAULT_RETRY_AFTER_S : Math.max(1, Math.ceil((at - Date.now()) / 1000));
}

/**
 * The provider's own explanation: `error.message` in OpenAI's, Anthropic's and Google's
 * documented error bodies, a bare `error` string from some OpenAI-compatible servers, else the
 * start of a short text body.
 */
export function providerMessage(body: string): string | null {
  let said: unknown = null;
  try {
    const json = JSON.parse(body) as { error?: unknown };
    said = typeof json.error === 'string' ? json.error : (json.error as { message?: unknown } | undefined)?.message;
  } catch {
    said = body.trim() && !body.trimStart().startsWith('<') ? body : null;
  }
  return typeof said === 'string' && said.trim() ? said.trim().slice(0, 500) : null;
}

/** The one mapping of a provider's HTTP status to a connector error. */
export function statusError(status: number, message: string, retryAfter = DEFAULT_RETRY_AFTER_S): ConnectorError {
  if (status === 429) return new RateLimited(retryAfter, message, status);
  if (status === 401 || status === 403) return new AuthExpired(message, status);
  // 529 is Anthropic's "overloaded"; 408 a request the server gave up on.
  if (status >= 500 || status === 408) return new Unavailable(message, status);
  return new BadRequest(message, status);
}

async function answerError(res: Response, url: URL): Promise<ConnectorError> {
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel();
    const to = res.headers.get('Location') ?? 'elsewhere';
    return new Refused(`${url.host} redirects to ${to}; set the base URL to where it leads.`, res.status);
  }
  let body = '';
  try {
    body = res.body ? await new Response(capped(res.body, MAX_ERROR_BYTES)).text() : '';
  } catch {
    // Too long or cut off: the status alone has to do.
  }
  const said = providerMessage(body);
  const message = `${url.host} answered ${res.status}${said ? `: ${said}` : '.'}`;
  const error = statusError(res.status, message, retryAfterSeconds(res.headers));
  error.body = body;
  return error;
}

/**
 * A fetch for AI provider calls. Base URLs are user input, so every URL passes the outbound
 * guard (no private, loopback or metadata destinations) before anything is sent; redirects
 * are refused rather than followed (an API does not redirect, and a redirect could lead past
 * the guard); the whole call, body included, is time-limited. Answers other than 2xx become
 * typed connector errors here, once for every provider. No robots.txt or politeness wait:
 * these are API calls the user configured, paced by the provider's own rate limits.
 */
export function providerFetch(env: Env, options: ProviderFetchOptions = {}): typeof fetch {
  const policy = outboundPolicy(env);
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROVIDER_TIMEOUT_MS;
  return async (input, init) => {
    const request = new Request(input, init);
    const url = await guardUrl(request.url, policy);
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await fetch(request, { redirect: 'manual', signal });
    } catch (error) {
      if (timeout.aborted) throw new Unavailable(`${url.host} did not answer within ${timeoutMs / 1000} s.`);
      if (init?.signal?.aborted) throw error;
      throw new Unavailable(`${url.host} could not be reached: ${error instanceof Error ? error.message : error}`);
    }
    if (!res.ok) throw await answerError(res, url);
    return res.body ? new Response(capped(res.body, MAX_ANSWER_BYTES), res) : res;
  };
}
