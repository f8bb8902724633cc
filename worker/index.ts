import { handleQueue } from '../queues/consumer';
import app from './app';
import { handleScheduled } from './scheduled';

export { Live } from '../durable-objects/live';
export { RateLimiter } from '../durable-objects/rate-limiter';

export default {
  fetch: app.fetch,
  queue: handleQueue,
  scheduled: handleScheduled,
} satisfies ExportedHandler<Env>;
