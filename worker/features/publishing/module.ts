import { defineTask } from '../../../queues/task';
import type { ServiceContext } from '../../core/context';
import { CRONS } from '../../core/crons';
import { API, type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { accountRoutes } from './account-routes';
import { PUBLISHING_AUDIT_ACTIONS } from './audit';
import { claimDueTargets, sweepStuckTargets } from './claim';
import { PUBLISH_TARGET } from './contracts';
import { PUBLISHING_EXPORTS } from './export';
import { collectMetrics, parkCollection } from './metrics-collect';
import { COLLECT_METRICS } from './metrics-contracts';
import { enqueueMetricCollection } from './metrics-cron';
import { METRICS_EXPORTS } from './metrics-export';
import { metricsRoutes } from './metrics-routes';
import { oauthRoutes } from './oauth-routes';
import { parkTarget } from './park';
import { postCopiesRoutes } from './post-copies-routes';
import { postRoutes } from './post-routes';
import { publishTarget } from './publish-target';
import { queueRoutes } from './queue-routes';
import { targetRoutes } from './target-routes';

/** The minute cron's claim of every due target. */
async function claimDue(ctx: ServiceContext, at: Date): Promise<void> {
  await claimDueTargets(ctx, at);
}

/** Accounts, posts and the pipeline that publishes them exactly once. */
export const publishing = {
  name: 'publishing',
  routes: mount(`${WORKSPACE}/accounts`, accountRoutes)
    .route(`${WORKSPACE}/accounts`, queueRoutes)
    .route(`${WORKSPACE}/posts`, postRoutes)
    .route(`${WORKSPACE}/posts`, postCopiesRoutes)
    .route(`${WORKSPACE}/targets`, targetRoutes)
    .route(`${API}/oauth`, oauthRoutes)
    .route(WORKSPACE, metricsRoutes),
  tasks: [
    defineTask<ServiceContext, typeof PUBLISH_TARGET>(PUBLISH_TARGET, {
      run: publishTarget,
      park: parkTarget,
      concurrent: true,
    }),
    defineTask<ServiceContext, typeof COLLECT_METRICS>(COLLECT_METRICS, { run: collectMetrics, park: parkCollection }),
  ],
  crons: { [CRONS.everyMinute]: [claimDue, sweepStuckTargets], [CRONS.hourly]: [enqueueMetricCollection] },
  auditActions: PUBLISHING_AUDIT_ACTIONS,
  exports: [...PUBLISHING_EXPORTS, ...METRICS_EXPORTS],
} satisfies FeatureModule;
