import { auditActions } from '../../core/audit/actions';

/** What the audit log records of this feature (entries outlive code: never rename or remove one). */
export const MEMBER_AUDIT_ACTIONS = auditActions(
  'member.added',
  'member.role_changed',
  'member.removed',
  'member.left',
);

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof MEMBER_AUDIT_ACTIONS)[number], true> {}
}
