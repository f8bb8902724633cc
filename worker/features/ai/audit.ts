import { auditActions } from '../../core/audit/actions';

/** What the audit log records of this feature (entries outlive code: never rename or remove one). */
export const AI_AUDIT_ACTIONS = auditActions('ai.settings_updated');

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof AI_AUDIT_ACTIONS)[number], true> {}
}
