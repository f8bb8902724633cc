import { defineTask } from '../../../queues/task';
import type { ServiceContext } from '../../core/context';
import { CRONS } from '../../core/crons';
import { type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { WEBHOOK_AUDIT_ACTIONS } from './audit';
import { DELIVER_WEBHOOK } from './contracts';
import { deliverWebhook } from './deliver';
import { WEBHOOK_EXPORTS } from './export';
import { parkDelivery } from './park';
import { webhookRoutes } from './routes';
import { sweepPendingDeliveries } from './sweep';

/** Workspace webhooks: events (posts, accounts, jobs) delivered signed, retried, and logged. */
export const webhooksFeature = {
  name: 'webhooks',
  routes: mount(`${WORKSPACE}/webhooks`, webhookRoutes),
  tasks: [
    defineTask<ServiceContext, typeof DELIVER_WEBHOOK>(DELIVER_WEBHOOK, { run: deliverWebhook, park: parkDelivery }),
  ],
  crons: { [CRONS.everyMinute]: [sweepPendingDeliveries] },
  auditActions: WEBHOOK_AUDIT_ACTIONS,
  exports: WEBHOOK_EXPORTS,
} satisfies FeatureModule;
