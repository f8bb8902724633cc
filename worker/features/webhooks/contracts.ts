import { z } from 'zod';
import { taskContract } from '../../../queues/task';

/** Makes one attempt at one webhook delivery; its state lives on the delivery row (deliver queue). */
export const DELIVER_WEBHOOK = taskContract('webhook.deliver', 'deliver', { deliveryId: z.string() });
