import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import worker from '../worker/index';

/**
 * Delivers one message to the Worker's queue handler and records what the handler did with
 * it (the pool's own batch helper does not record retry delays).
 */
export async function deliver(queue: string, body: unknown, attempts = 1, bindings: Partial<Env> = {}) {
  const outcome: { acked: boolean; retried?: { delaySeconds?: number } } = { acked: false };
  const message = {
    id: crypto.randomUUID(),
    timestamp: new Date(),
    attempts,
    body,
    ack: () => {
      outcome.acked = true;
    },
    retry: (options?: { delaySeconds?: number }) => {
      outcome.retried = options ?? {};
    },
  };
  const batch = {
    queue,
    messages: [message],
    ackAll: () => {},
    retryAll: () => {},
  } as unknown as MessageBatch<unknown>;
  const ctx = createExecutionContext();
  await worker.queue(batch, { ...env, ...bindings }, ctx);
  await waitOnExecutionContext(ctx);
  return outcome;
}
