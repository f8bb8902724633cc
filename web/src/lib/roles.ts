import type { Role } from '../../../worker/contracts';

export type { Role };

export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin', 'owner'];

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3, owner: 4 };

/** Whether `role` has at least the rights of `required` (owner > admin > editor > viewer). */
export function atLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

/** Roles someone with `role` may hand out (to members or API keys): never above their own. */
export function grantableRoles(role: Role): Role[] {
  return ROLES.filter((candidate) => atLeast(role, candidate));
}

/** `grantableRoles` as the options of a select. */
export function grantableRoleOptions(role: Role): { value: Role; label: string }[] {
  return grantableRoles(role).map((value) => ({ value, label: ROLE_LABELS[value] }));
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  editor: 'Editor',
  viewer: 'Viewer',
};

export const ROLE_HINTS: Record<Role, string> = {
  viewer: 'Can read everything in the workspace.',
  editor: 'Can also create and publish content.',
  admin: 'Can also manage members, API keys and settings.',
  owner: 'Full control, including deleting the workspace.',
};
