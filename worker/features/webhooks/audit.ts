import { auditActions } from '../../core/audit/actions';

/** What the audit log records of workspace webhooks (entries outlive code: never rename or remove one). */
export const WEBHOOK_AUDIT_ACTIONS = auditActions(
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.tested',
  'webhook.disabled',
);

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof WEBHOOK_AUDIT_ACTIONS)[number], true> {}
}
