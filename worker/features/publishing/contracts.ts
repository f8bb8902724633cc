import { z } from 'zod';
import { taskContract } from '../../../queues/task';

/**
 * Publishes (or reconciles) one post target; its state lives on the target row (publish queue).
 * The account and its platform (fixed for a target's life) ride along so the consumer can take
 * from the account's budget while it reads the target, not after.
 */
export const PUBLISH_TARGET = taskContract('post.publish', 'publish', {
  targetId: z.string(),
  accountId: z.string(),
  platform: z.string(),
});
