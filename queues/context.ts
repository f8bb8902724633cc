import type { Db } from '../worker/db/client';
import type { Job } from '../worker/db/schema/jobs';

/** What the runner itself needs of the context it hands to handlers. */
export interface RunnerContext {
  db: Db;
  env: Env;
  waitUntil(promise: Promise<unknown>): void;
  /**
   * Told when a job has finished for good, succeeded or parked as failed (the entry sends it on
   * to the workspace's webhooks). The queue runtime knows no feature, so it is handed this.
   */
  onJobSettled?: (job: Job) => Promise<void>;
}
