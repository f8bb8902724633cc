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
    // One at a time: messages of a batch often touch the same rows and the same rate limits.
    for (const message of batch.messages) {
      const runner = taskRunner.handles(message.body) ? taskRunner : jobRunner;
      await (deadLetters ? runner.park(service, message) : runner.run(service, message));
    }
  };
}
