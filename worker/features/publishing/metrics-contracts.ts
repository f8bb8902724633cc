import { z } from 'zod';
import { taskContract } from '../../../queues/task';

/**
 * Collects the numbers of one account's targets published in the last 30 days, and its
 * audience, for the hour starting at `hour` (ms since the epoch, a whole hour).
 *
 * On the reports queue, not publish: collection is hourly bulk reading that can wait, and on
 * the publish queue a burst of it would sit in the batches due posts travel in; the reports
 * queue takes one message a batch and nothing on it is due to the minute.
 */
export const COLLECT_METRICS = taskContract('metrics.collect', 'reports', {
  accountId: z.string(),
  hour: z.number().int(),
});
