import { logError, logInfo } from '../lib/log';
import { type ServiceContext, systemContext } from './context';

/** Cron expressions from wrangler.toml. */
export const CRONS = {
  everyMinute: '* * * * *',
  everyQuarterHour: '*/15 * * * *',
  hourly: '0 * * * *',
  daily: '0 4 * * *',
} as const;

export type Cron = (typeof CRONS)[keyof typeof CRONS];

/** Work done on a schedule; `at` is when the trigger was due. */
export type CronTask = (ctx: ServiceContext, at: Date) => Promise<void>;

/** What a module runs on each schedule. */
export type CronTasks = Partial<Record<Cron, readonly CronTask[]>>;

/**
 * The Worker's `scheduled` handler over the given tasks: every task of the firing cron runs;
 * one failing does not stop the others, and its failure is logged with the task's name. Each
 * run ends with one `cron.ran` log line.
 */
export function scheduledHandler(taskLists: readonly CronTasks[]) {
  return async (controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> => {
    const cron = controller.cron as Cron;
    const tasks = taskLists.flatMap((list) => list[cron] ?? []);
    const service = systemContext(env, (promise) => ctx.waitUntil(promise));
    const at = new Date(controller.scheduledTime);
    const results = await Promise.allSettled(tasks.map((task) => task(service, at)));
    for (const [i, result] of results.entries()) {
      if (result.status === 'rejected') {
        logError('cron.task_failed', result.reason, { cron: controller.cron, task: tasks[i]?.name });
      }
    }
    // One line per run: that a schedule fired at all is what to look for when work stalls.
    const failed = results.filter((result) => result.status === 'rejected').length;
    logInfo('cron.ran', { cron: controller.cron, at: at.toISOString(), tasks: tasks.length, failed });
  };
}
