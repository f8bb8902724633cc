import type { Tone } from '../../components/badge';

/** Actions recorded in a workspace's audit log, for the filter. Extend as features add actions. */
export const AUDIT_ACTIONS = [
  'workspace.created',
  'workspace.renamed',
  'user.signed_up',
  'member.added',
  'member.role_changed',
  'member.removed',
  'member.left',
  'invitation.created',
  'invitation.accepted',
  'invitation.revoked',
  'api_key.created',
  'api_key.revoked',
  'export.started',
  'job.retried',
] as const;

/** Removals and revocations stand out; creations are calm. */
export function actionTone(action: string): Tone {
  if (/\.(removed|revoked|deleted|left)$/.test(action)) return 'danger';
  if (/\.(created|added|accepted|signed_up)$/.test(action)) return 'success';
  if (/\.(role_changed|renamed)$/.test(action)) return 'warning';
  return 'neutral';
}
