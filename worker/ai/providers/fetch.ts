import { type ConnectorError, Refused, Unavailable } from '../../core/outbound/errors';
import { guardUrl } from '../../core/outbound/guard';
import { errorFromAnswer, type ServiceSays } from '../../core/outbound/http-errors';
import { outboundPolicy } from '../../core/outbound/policy';

/** Generation can take a while; longer than this and the fallback chain should move on. */
export const DEFAULT_PROVIDER_TIMEOUT_MS = 60_000;
/** Embeddings of a large batch are the biggest answers (a few MB); anything far past that is not an API answer. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;
/** Enough of an error body to read the provider's explanation. */
const MAX_ERROR_BYTES = 64 * 1024;

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

/** What a provider's error body says, for the one mapping of answers to errors. */
export function providerSays(body: string): ServiceSays {
  return { codes: [], message: providerMessage(body) };
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
  // Provider calls carry our key: a 401 or 403 means it was refused.
  return errorFromAnswer(
    { status: res.status, headers: res.headers, body },
    { name: url.host, authenticated: true, read: providerSays },
  );
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
