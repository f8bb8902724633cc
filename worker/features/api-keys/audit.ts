import { auditActions } from '../../core/audit/actions';

/** What the audit log records of this feature (entries outlive code: never rename or remove one). */
export const API_KEY_AUDIT_ACTIONS = auditActions('api_key.created', 'api_key.revoked');

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof API_KEY_AUDIT_ACTIONS)[number], true> {}
}
