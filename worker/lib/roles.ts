import type { Role } from '../db/schema';

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3, owner: 4 };

/** Whether `role` carries at least the rights of `required` (owner > admin > editor > viewer). */
export function atLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

export function lowerOf(a: Role, b: Role): Role {
  return RANK[a] <= RANK[b] ? a : b;
}
