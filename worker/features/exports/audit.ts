import { auditActions } from '../../core/audit/actions';

/** What the audit log records of this feature (entries outlive code: never rename or remove one). */
export const EXPORT_AUDIT_ACTIONS = auditActions('export.started');

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof EXPORT_AUDIT_ACTIONS)[number], true> {}
}
