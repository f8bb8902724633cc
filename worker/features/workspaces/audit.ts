import { auditActions } from '../../core/audit/actions';

/** What the audit log records of this feature (entries outlive code: never rename or remove one). */
export const WORKSPACE_AUDIT_ACTIONS = auditActions(
  'workspace.created',
  'workspace.renamed',
  'workspace.settings_changed',
  'workspace.deleted',
);

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof WORKSPACE_AUDIT_ACTIONS)[number], true> {}
}
