import { auditActions } from '../../core/audit/actions';

/** What the audit log records of the media library (entries outlive code: never rename or remove one). */
export const MEDIA_AUDIT_ACTIONS = auditActions('media.uploaded', 'media.updated', 'media.deleted');

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof MEDIA_AUDIT_ACTIONS)[number], true> {}
}
