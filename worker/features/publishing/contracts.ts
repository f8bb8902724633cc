import { z } from 'zod';
import { taskContract } from '../../../queues/task';

/** Publishes (or reconciles) one post target; its state lives on the target row (publish queue). */
export const PUBLISH_TARGET = taskContract('post.publish', 'publish', { targetId: z.string() });
