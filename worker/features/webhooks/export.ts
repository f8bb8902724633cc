import { eq } from 'drizzle-orm';
import { type ExportSection, pagedRows } from '../../core/export-section';
import { webhookDeliveries } from '../../db/schema/webhook-deliveries';
import { webhooks } from '../../db/schema/webhooks';

/** The workspace's webhooks (never their secrets) and their delivery logs. */
export const WEBHOOK_EXPORTS: readonly ExportSection[] = [
  {
    key: 'webhooks',
    tables: ['webhooks'],
    read: async function* (ctx, workspaceId) {
      for await (const { secret: _sealed, ...webhook } of pagedRows(
        ctx,
        webhooks,
        'id',
        eq(webhooks.workspaceId, workspaceId),
      )) {
        yield webhook;
      }
    },
  },
  {
    key: 'webhookDeliveries',
    tables: ['webhook_deliveries'],
    read: (ctx, workspaceId) => pagedRows(ctx, webhookDeliveries, 'id', eq(webhookDeliveries.workspaceId, workspaceId)),
  },
];
