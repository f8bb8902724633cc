import { auditActions } from '../../core/audit/actions';

/** What the audit log records of this feature (entries outlive code: never rename or remove one). */
export const IDENTITY_AUDIT_ACTIONS = auditActions(
  'user.signed_up',
  'user.logged_in',
  'user.logged_out',
  'user.refresh_token_reused',
  'user.profile_updated',
  'user.password_changed',
);

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof IDENTITY_AUDIT_ACTIONS)[number], true> {}
}
