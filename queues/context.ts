import type { Db } from '../worker/db/client';

/** What the runner itself needs of the context it hands to handlers. */
export interface RunnerContext {
  db: Db;
  env: Env;
  waitUntil(promise: Promise<unknown>): void;
}
