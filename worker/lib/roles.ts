/** Workspace roles, highest first: owner > admin > editor > viewer. */
export const ROLES = ['owner', 'admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3, owner: 4 };

/** Whether `role` carries at least the rights of `required` (owner > admin > editor > viewer). */
export function atLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

export function lowerOf(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b;
}
