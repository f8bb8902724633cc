import type { Tone } from '../../components/badge';

/** The actions the audit log records: the API's own list, so the filter never falls behind. */
export { AUDIT_ACTIONS, type AuditAction } from '../../../../worker/contracts';

/** Removals and revocations stand out; creations are calm. */
export function actionTone(action: string): Tone {
  if (/\.(removed|revoked|deleted|left)$/.test(action)) return 'danger';
  if (/\.(created|added|accepted|signed_up)$/.test(action)) return 'success';
  if (/\.(role_changed|renamed)$/.test(action)) return 'warning';
  return 'neutral';
}
