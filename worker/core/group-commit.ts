import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../db/client';
import type { ServiceContext } from './context';

interface Waiting {
  items: BatchItem<'sqlite'>[];
  resolve(results: unknown[]): void;
  reject(error: unknown): void;
}

/**
 * Group commit: the batches that many tasks of one context (a queue batch publishing dozens of
 * targets at once) hand in at about the same time go to D1 as one batch — one round trip and
 * one transaction instead of one each. D1 runs one statement at a time per database, so round
 * trips, not statements, are what a busy pipeline waits on.
 *
 * Each caller's statements stay together, in order, and their results come back to it alone.
 * A group is sent when the current one has come back (or at once when none is out), so
 * callers wait no longer than they would have queued at D1 anyway. If a group fails, each
 * caller's batch is run again on its own, so that one caller's failing statement fails only
 * that caller.
 */
class GroupCommit {
  #waiting: Waiting[] = [];
  #sending: Promise<void> | null = null;

  constructor(private readonly db: Db) {}

  run(items: BatchItem<'sqlite'>[]): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ items, resolve, reject });
      if (!this.#sending) this.#sending = this.#sendAll();
    });
  }

  async #sendAll(): Promise<void> {
    // Let the tasks that resumed on the same answer hand in their batches first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (this.#waiting.length > 0) {
      const group = this.#waiting;
      this.#waiting = [];
      await this.#send(group);
    }
    this.#sending = null;
  }

  async #send(group: Waiting[]): Promise<void> {
    const [first, ...rest] = group.flatMap((waiting) => waiting.items);
    if (!first) return;
    try {
      const results: unknown[] = await this.db.batch([first, ...rest]);
      let at = 0;
      for (const waiting of group) {
        waiting.resolve(results.slice(at, at + waiting.items.length));
        at += waiting.items.length;
      }
    } catch (error) {
      if (group.length === 1) {
        group[0]?.reject(error);
        return;
      }
      await Promise.all(group.map((waiting) => this.#send([waiting])));
    }
  }
}

const groups = new WeakMap<ServiceContext, GroupCommit>();

/**
 * Runs `items` as one D1 batch (one transaction), grouped with the batches other tasks of the
 * same context hand in meanwhile (GroupCommit). Answers the results of `items`, in order.
 */
export function groupedBatch(ctx: ServiceContext, items: BatchItem<'sqlite'>[]): Promise<unknown[]> {
  let group = groups.get(ctx);
  if (!group) {
    group = new GroupCommit(ctx.db);
    groups.set(ctx, group);
  }
  return group.run(items);
}

/**
 * Reads, grouped with the batches other tasks of the context hand in meanwhile; answers each
 * query's rows, in order. Not for a join whose tables share column names: D1's batch answers
 * rows keyed by name, so they would collide (read the tables one query each).
 */
export async function groupedReads<const Q extends readonly BatchItem<'sqlite'>[]>(
  ctx: ServiceContext,
  queries: Q,
): Promise<{ -readonly [K in keyof Q]: Awaited<Q[K]> }> {
  const results = await groupedBatch(ctx, [...queries]);
  // D1's batch answers each statement's rows as the statement itself would have.
  return results as { -readonly [K in keyof Q]: Awaited<Q[K]> };
}
