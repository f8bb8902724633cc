import { type ConnectorError, Refused, Unavailable, Unconfirmed } from './errors';
import { guardUrl } from './guard';
import { errorFromAnswer, type ServiceErrors } from './http-errors';
import { outboundPolicy } from './policy';

export interface SendOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: BodyInit;
  /** How the service speaks its errors (its codes, its budget headers). */
  service: ServiceErrors;
  /**
   * Whether the request changes something at the service (a post, an upload). When such a
   * request left and no answer came back, nobody knows whether it took effect: the error is
   * Unconfirmed, to be reconciled by a look-up, never retried blind.
   */
  write?: boolean;
  timeoutMs?: number;
  /** Largest answer read, in bytes. */
  maxBytes?: number;
}

export interface Sent {
  status: number;
  headers: Headers;
  text: string;
  json<T>(): T;
}

/**
 * A call to an API a user pointed us at (a PDS, a Mastodon instance, a webhook URL): the
 * outbound guard checks the address (http(s), no private destinations unless allowed for
 * local tests), nothing follows a redirect (a write must not be replayed elsewhere), the
 * answer is size-capped and the call time-limited, and any answer other than 2xx becomes a
 * connector error in the service's terms. Unlike `outboundFetch` it waits for no politeness
 * interval: API calls are paced by the account's own budget (RateLimiter), not per host.
 */
export async function outboundSend(env: Env, input: string, options: SendOptions): Promise<Sent> {
  const policy = outboundPolicy(env);
  const url = await guardUrl(input, policy);
  const signal = AbortSignal.timeout(options.timeoutMs ?? policy.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      method: options.method ?? 'GET',
      headers: { 'User-Agent': policy.userAgent, Accept: 'application/json', ...options.headers },
      body: options.body ?? null,
      redirect: 'manual',
      signal,
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const what = timedOut ? `${url.host} did not answer in time` : `the connection to ${url.host} failed`;
    throw options.write
      ? new Unconfirmed(`${what}; whether the request took effect is unknown.`)
      : new Unavailable(`${what}.`);
  }
  let text: string;
  try {
    text = await readText(res, options.maxBytes ?? policy.maxBytes);
  } catch (error) {
    if (error instanceof Refused) throw error;
    // The answer started and broke off: the request arrived, its outcome is unknown.
    throw options.write
      ? new Unconfirmed(`The answer from ${url.host} broke off; whether the request took effect is unknown.`)
      : new Unavailable(`The answer from ${url.host} broke off.`);
  }
  if (res.status >= 300 && res.status < 400) {
    throw new Refused(`${options.service.name} answered with a redirect (${res.status}), which is not followed.`);
  }
  if (res.status < 200 || res.status >= 300) {
    const error: ConnectorError = errorFromAnswer(
      { status: res.status, headers: res.headers, body: text },
      options.service,
    );
    throw error;
  }
  return { status: res.status, headers: res.headers, text, json: <T>() => JSON.parse(text) as T };
}

async function readText(res: Response, maxBytes: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += value;
    if (text.length > maxBytes) {
      await reader.cancel();
      throw new Refused(`The answer is larger than ${maxBytes} bytes.`);
    }
  }
}
