/**
 * The actions the audit log records. Each feature declares its own in its `audit.ts` and adds
 * them to `AuditActions` by declaration merging, so `AuditAction` names every action of every
 * feature without a central list to edit; the runtime list is composed from the feature
 * modules. Entries outlive code: an action is never renamed or removed.
 */
export interface AuditActions {
  'job.retried': true;
}

export type AuditAction = keyof AuditActions & string;

/** A feature's actions, as a tuple so that its members stay literal types. */
export function auditActions<const A extends readonly `${string}.${string}`[]>(...actions: A): A {
  return actions;
}

/** What core itself records. */
export const CORE_AUDIT_ACTIONS = auditActions('job.retried');
