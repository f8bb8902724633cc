import { eq } from 'drizzle-orm';
import { auditLog } from '../db/schema/audit-log';
import { CORE_AUDIT_ACTIONS } from './audit/actions';
import { CRONS } from './crons';
import { pagedRows } from './export-section';
import { purgeIdempotencyKeys } from './http/middleware/idempotency';
import type { FeatureModule } from './module';

/**
 * What core contributes besides its routes (which the entry mounts, since they list what the
 * features declare): its cron, its audit actions, the audit log in the export.
 */
export const coreModule = {
  name: 'core',
  crons: { [CRONS.daily]: [purgeIdempotencyKeys] },
  auditActions: CORE_AUDIT_ACTIONS,
  exports: [
    {
      key: 'auditLog',
      tables: ['audit_log'],
      read: (ctx, workspaceId) => pagedRows(ctx, auditLog, 'id', eq(auditLog.workspaceId, workspaceId)),
    },
  ],
  notExported: {
    jobs: 'Queue bookkeeping: payloads of work in flight and its progress. What jobs did is in the audit log and in the exported data.',
  },
} satisfies FeatureModule;
