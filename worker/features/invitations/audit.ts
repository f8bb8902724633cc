import { auditActions } from '../../core/audit/actions';

/** What the audit log records of this feature (entries outlive code: never rename or remove one). */
export const INVITATION_AUDIT_ACTIONS = auditActions('invitation.created', 'invitation.revoked', 'invitation.accepted');

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof INVITATION_AUDIT_ACTIONS)[number], true> {}
}
