import type { RunnerContext } from './context';
import { DEAD_LETTER_QUEUE } from './contracts';
import type { JobDefinition } from './job';
import { createJobRunner } from './runner';

/**
 * The Worker's `queue` handler over the given jobs: every queue carries job messages; the
 * dead-letter queue parks them. `context` makes the context handlers get (no request, no person).
 */
export function queueConsumer<Ctx extends RunnerContext>(
  definitions: readonly JobDefinition<Ctx>[],
  context: (env: Env, waitUntil: (promise: Promise<unknown>) => void) => Ctx,
) {
  const runner = createJobRunner(definitions);
  return async (batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext): Promise<void> => {
    const service = context(env, (promise) => ctx.waitUntil(promise));
    const handle = batch.queue === DEAD_LETTER_QUEUE ? runner.park : runner.run;
    // One at a time: messages of a batch often touch the same rows and the same rate limits.
    for (const message of batch.messages) await handle(service, message);
  };
}
