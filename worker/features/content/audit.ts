import { auditActions } from '../../core/audit/actions';

/** What the audit log records of this feature (entries outlive code: never rename or remove one). */
export const CONTENT_AUDIT_ACTIONS = auditActions('content.analysis_requested');

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof CONTENT_AUDIT_ACTIONS)[number], true> {}
}
