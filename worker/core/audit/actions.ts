/**
 * Every action the audit log records. The list only grows: entries outlive code, so an
 * action is never renamed or removed. The web app imports it for its filter.
 */
export const AUDIT_ACTIONS = [
  'workspace.created',
  'workspace.renamed',
  'workspace.deleted',
  'user.signed_up',
  'user.logged_in',
  'user.logged_out',
  'user.refresh_token_reused',
  'user.profile_updated',
  'user.password_changed',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'member.added',
  'member.role_changed',
  'member.removed',
  'member.left',
  'api_key.created',
  'api_key.revoked',
  'job.retried',
  'export.started',
  'source.created',
  'source.updated',
  'source.paused',
  'source.resumed',
  'source.deleted',
  'source.run_requested',
  'ai.settings_updated',
  'brand_voice.created',
  'brand_voice.updated',
  'brand_voice.deleted',
  'content.analysis_requested',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
