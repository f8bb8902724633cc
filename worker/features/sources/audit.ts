import { auditActions } from '../../core/audit/actions';

/** What the audit log records of this feature (entries outlive code: never rename or remove one). */
export const SOURCE_AUDIT_ACTIONS = auditActions(
  'source.created',
  'source.updated',
  'source.paused',
  'source.resumed',
  'source.deleted',
  'source.run_requested',
);

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof SOURCE_AUDIT_ACTIONS)[number], true> {}
}
