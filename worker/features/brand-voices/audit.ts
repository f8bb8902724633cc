import { auditActions } from '../../core/audit/actions';

/** What the audit log records of this feature (entries outlive code: never rename or remove one). */
export const BRAND_VOICE_AUDIT_ACTIONS = auditActions(
  'brand_voice.created',
  'brand_voice.updated',
  'brand_voice.deleted',
);

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof BRAND_VOICE_AUDIT_ACTIONS)[number], true> {}
}
