/**
 * What the web app takes from the worker, and nothing else (checked by the dependency rules):
 * the API's type for the typed client, the live-event contract, roles, the platform
 * registry, the AI defaults and what each provider kind needs, the audit actions, and how a post's
 * length is counted (a pure function). Everything here is types, plain data or pure code, so the
 * web bundle never pulls in server code.
 */
import { CORE_AUDIT_ACTIONS } from './core/audit/actions';
import { AI_AUDIT_ACTIONS } from './features/ai/audit';
import { API_KEY_AUDIT_ACTIONS } from './features/api-keys/audit';
import { BRAND_VOICE_AUDIT_ACTIONS } from './features/brand-voices/audit';
import { CONTENT_AUDIT_ACTIONS } from './features/content/audit';
import { EXPORT_AUDIT_ACTIONS } from './features/exports/audit';
import { IDENTITY_AUDIT_ACTIONS } from './features/identity/audit';
import { INVITATION_AUDIT_ACTIONS } from './features/invitations/audit';
import { MEDIA_AUDIT_ACTIONS } from './features/media/audit';
import { MEMBER_AUDIT_ACTIONS } from './features/members/audit';
import { PUBLISHING_AUDIT_ACTIONS } from './features/publishing/audit';
import { SOURCE_AUDIT_ACTIONS } from './features/sources/audit';
import { WEBHOOK_AUDIT_ACTIONS } from './features/webhooks/audit';
import { WORKSPACE_AUDIT_ACTIONS } from './features/workspaces/audit';

export type { LiveEvent } from '../durable-objects/live-events';
export { DEFAULT_MODELS } from './ai/providers/defaults';
export { needsKey, PROVIDER_TRAITS } from './ai/providers/traits';
export type { AppType } from './app';
export * from './connectors/platforms';
export type { AuditAction } from './core/audit/actions';
export { type CheckedMedia, partMediaProblems } from './lib/media-rules';
export { type LengthRule, postLength } from './lib/post-length';
export { ROLES, type Role } from './lib/roles';

/**
 * Every audit action, in the order the audit filter lists them. A test checks this is the
 * API's own list (worker/features.ts), so the filter never falls behind.
 */
export const AUDIT_ACTIONS = [
  ...WORKSPACE_AUDIT_ACTIONS,
  ...IDENTITY_AUDIT_ACTIONS,
  ...INVITATION_AUDIT_ACTIONS,
  ...MEMBER_AUDIT_ACTIONS,
  ...API_KEY_AUDIT_ACTIONS,
  ...CORE_AUDIT_ACTIONS,
  ...EXPORT_AUDIT_ACTIONS,
  ...SOURCE_AUDIT_ACTIONS,
  ...AI_AUDIT_ACTIONS,
  ...BRAND_VOICE_AUDIT_ACTIONS,
  ...CONTENT_AUDIT_ACTIONS,
  ...PUBLISHING_AUDIT_ACTIONS,
  ...MEDIA_AUDIT_ACTIONS,
  ...WEBHOOK_AUDIT_ACTIONS,
] as const;
