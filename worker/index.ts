import { queueConsumer } from '../queues/consumer';
import app from './app';
import { systemContext } from './core/context';
import { scheduledHandler } from './core/crons';
import { BUILD_ASSETS, serveBuildAsset } from './core/http/static-assets';
import type { Job } from './db/schema/jobs';
import { CRON_TASKS, JOBS, TASKS } from './features';
import { tellJobSettled } from './features/webhooks/emit';

export { Live } from '../durable-objects/live';
export { RateLimiter } from '../durable-objects/rate-limiter';

/** The Worker: the API and web app, the queue consumers and the crons of every feature. */
export default {
  fetch: (request, env, ctx) =>
    new URL(request.url).pathname.startsWith(BUILD_ASSETS)
      ? serveBuildAsset(request, env.ASSETS)
      : app.fetch(request, env, ctx),
  queue: queueConsumer(JOBS, TASKS, (env, waitUntil) => {
    const ctx = systemContext(env, waitUntil);
    return { ...ctx, onJobSettled: (job: Job) => tellJobSettled(ctx, job) };
  }),
  scheduled: scheduledHandler(CRON_TASKS),
} satisfies ExportedHandler<Env>;
