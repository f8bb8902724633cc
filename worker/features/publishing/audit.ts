import { auditActions } from '../../core/audit/actions';

/**
 * What the audit log records of publishing (entries outlive code: never rename or remove one).
 * Every state a target enters is an entry of its own, `post.target_<status>`.
 */
export const PUBLISHING_AUDIT_ACTIONS = auditActions(
  'account.connected',
  'account.reconnected',
  'account.removed',
  'account.reauth_required',
  'account.paused',
  'account.resumed',
  'account.slots_updated',
  'post.created',
  'post.updated',
  'post.deleted',
  'post.retry_requested',
  'post.imported',
  'post.target_scheduled',
  'post.target_queued',
  'post.target_publishing',
  'post.target_published',
  'post.target_failed',
  'post.target_unconfirmed',
  'post.target_held',
);

declare module '../../core/audit/actions' {
  interface AuditActions extends Record<(typeof PUBLISHING_AUDIT_ACTIONS)[number], true> {}
}
