import type { RunnerContext } from './context';
import { DEAD_LETTER_QUEUE } from './contracts';
import type { JobDefinition } from './job';
import { createJobRunner } from './runner';
import { createTaskRunner, type TaskDefinition } from './task';

/**
 * The Worker's `queue` handler over the given jobs and tasks: a message of a task kind goes to
 * its task, every other message is a job; the dead-letter queue parks either. `context` makes
 * the context handlers get (no request, no person).
 */
export function queueConsumer<Ctx extends RunnerContext>(
  definitions: readonly JobDefinition<Ctx>[],
  tasks: readonly TaskDefinition<Ctx>[],
  context: (env: Env, waitUntil: (promise: Promise<unknown>) => void) => Ctx,
) {
  const jobRunner = createJobRunner(definitions);
  const taskRunner = createTaskRunner(tasks);
  return async (batch: MessageBatch<unknown>, env: Env, ctx: ExecutionContext): Promise<void> => {
    const service = context(env, (promise) => ctx.waitUntil(promise));
    const deadLetters = batch.queue === DEAD_LETTER_QUEUE;
    const handle = (message: Message<unknown>) => {
      const runner = taskRunner.handles(message.body) ? taskRunner : jobRunner;
      return deadLetters ? runner.park(service, message) : runner.run(service, message);
    };
    // Tasks that say so run at once; the rest one at a time, since messages of a batch often
    // touch the same rows and the same rate limits.
    const together = batch.messages.filter((m) => !deadLetters && taskRunner.concurrent(m.body));
    const inTurn = batch.messages.filter((m) => !together.includes(m));
    await Promise.all([
      Promise.all(together.map(handle)),
      (async () => {
        for (const message of inTurn) await handle(message);
      })(),
    ]);
  };
}
