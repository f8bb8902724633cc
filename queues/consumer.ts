import { systemContext } from '../worker/core/context';
import { DEAD_LETTER_QUEUE } from './contracts';
import { parkDeadLetter, runJobMessage } from './runner';

/** The Worker's `queue` handler: every queue carries job messages; the dead-letter queue parks them. */
export async function handleQueue(batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext): Promise<void> {
  const service = systemContext(env, (promise) => ctx.waitUntil(promise));
  const handle = batch.queue === DEAD_LETTER_QUEUE ? parkDeadLetter : runJobMessage;
  // One at a time: messages of a batch often touch the same rows and the same rate limits.
  for (const message of batch.messages) await handle(service, message);
}
