import { z } from 'zod';
import { logError } from '../worker/lib/log';
import type { RunnerContext } from './context';
import { QUEUE_BINDINGS, type QueueKey } from './contracts';
import { backoffSeconds } from './runner';

/**
 * A task: a queue message whose state lives on the row it is about (a post target), not in a
 * job row. Work that happens by the thousand on a schedule (publishing) would otherwise write a
 * job per message; its handler records its own progress and decides its own retries.
 * Envelope: `v`, `kind`, `workspaceId`, plus the kind's fields.
 */
export const TaskEnvelope = z.object({ v: z.literal(1), kind: z.string(), workspaceId: z.string() });
export type TaskEnvelope = z.infer<typeof TaskEnvelope>;

export interface TaskContract<K extends string = string, S extends z.ZodType<TaskEnvelope> = z.ZodType<TaskEnvelope>> {
  kind: K;
  queue: QueueKey;
  schema: S;
}

/** Declares a kind of task whose message is the envelope plus `fields`. */
export function taskContract<const K extends string, F extends z.ZodRawShape>(kind: K, queue: QueueKey, fields: F) {
  return { kind, queue, schema: TaskEnvelope.extend({ ...fields, kind: z.literal(kind) }) };
}

export type TaskMessage<C extends TaskContract> = z.infer<C['schema']>;

/**
 * What a task handler decided: finished (whatever the outcome, recorded on its row), or to run
 * again in `againInSeconds`. Running again is a fresh message, not a queue retry: the handler
 * keeps its own count of failed attempts on its row, and a wait for a rate limit must never use
 * up the retries the queue keeps for crashes.
 */
export type TaskOutcome = { done: true } | { againInSeconds: number };

/** The longest delay a queue message may have (Cloudflare Queues: 12 hours). */
const MAX_DELAY_SECONDS = 12 * 60 * 60;

export interface TaskDefinition<Ctx extends RunnerContext> {
  contract: TaskContract;
  /**
   * Whether messages of this kind in one batch may run at once: true where each is about a row
   * of its own and waits mostly on the network (publishing one target), so a slow platform
   * does not hold up the rest of the batch.
   */
  concurrent: boolean;
  run(ctx: Ctx, body: unknown, attempts: number): Promise<TaskOutcome>;
  /** Called for a message the queue gave up on (dead-lettered): record that on the row. */
  park(ctx: Ctx, body: unknown): Promise<void>;
}

/** Pairs a task contract with its handler and what to do when the queue gives up on it. */
export function defineTask<Ctx extends RunnerContext, C extends TaskContract>(
  contract: C,
  handlers: {
    run: (ctx: Ctx, message: TaskMessage<C>, attempts: number) => Promise<TaskOutcome>;
    park: (ctx: Ctx, message: TaskMessage<C>) => Promise<void>;
    concurrent?: boolean;
  },
): TaskDefinition<Ctx> {
  const parse = (body: unknown): TaskMessage<C> | null => {
    const schema: C['schema'] = contract.schema;
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    logError('task.malformed', parsed.error, { kind: contract.kind, body });
    return null;
  };
  return {
    contract,
    concurrent: handlers.concurrent ?? false,
    async run(ctx, body, attempts) {
      const message = parse(body);
      // A message that fails its contract can never succeed: drop it, loudly.
      return message ? handlers.run(ctx, message, attempts) : { done: true };
    },
    async park(ctx, body) {
      const message = parse(body);
      if (message) await handlers.park(ctx, message);
    },
  };
}

/** Runs task messages; a handler that throws is retried with the runner's backoff. */
export function createTaskRunner<Ctx extends RunnerContext>(definitions: readonly TaskDefinition<Ctx>[]) {
  const byKind = new Map<string, TaskDefinition<Ctx>>();
  for (const definition of definitions) {
    if (byKind.has(definition.contract.kind))
      throw new Error(`Two handlers for tasks of kind ${definition.contract.kind}`);
    byKind.set(definition.contract.kind, definition);
  }
  const kindOf = (body: unknown) => TaskEnvelope.safeParse(body).data?.kind;
  return {
    handles: (body: unknown) => {
      const kind = kindOf(body);
      return kind !== undefined && byKind.has(kind);
    },
    concurrent: (body: unknown) => byKind.get(kindOf(body) ?? '')?.concurrent ?? false,
    async run(ctx: Ctx, message: Message<unknown>): Promise<void> {
      const definition = byKind.get(kindOf(message.body) ?? '');
      if (!definition) throw new Error('createTaskRunner.run called for a message it does not handle');
      try {
        const outcome = await definition.run(ctx, message.body, message.attempts);
        if ('againInSeconds' in outcome) {
          const delaySeconds = Math.min(MAX_DELAY_SECONDS, Math.max(0, Math.ceil(outcome.againInSeconds)));
          await ctx.env[QUEUE_BINDINGS[definition.contract.queue]].send(message.body, { delaySeconds });
        }
        message.ack();
      } catch (error) {
        logError('task.failed_attempt', error, { kind: definition.contract.kind, attempt: message.attempts });
        message.retry({ delaySeconds: backoffSeconds(message.attempts) });
      }
    },
    async park(ctx: Ctx, message: Message<unknown>): Promise<void> {
      const definition = byKind.get(kindOf(message.body) ?? '');
      if (definition) await definition.park(ctx, message.body);
      message.ack();
    },
  };
}
