import { handleQueue } from '../queues';
import app from './app';
import { handleScheduled } from './scheduled';
import { BUILD_ASSETS, serveBuildAsset } from './static-assets';

export { Live } from '../durable-objects/live';
export { RateLimiter } from '../durable-objects/rate-limiter';

export default {
  fetch: (request, env, ctx) =>
    new URL(request.url).pathname.startsWith(BUILD_ASSETS)
      ? serveBuildAsset(request, env.ASSETS)
      : app.fetch(request, env, ctx),
  queue: handleQueue,
  scheduled: handleScheduled,
} satisfies ExportedHandler<Env>;
