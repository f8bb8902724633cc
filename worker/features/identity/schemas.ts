import { z } from '@hono/zod-openapi';
import { Role, Timestamp } from '../../core/http/schemas';

/** Response shapes shared by several resources. */
export const UserSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), createdAt: Timestamp })
  .openapi('User');

export const WorkspaceSummarySchema = z
  .object({ id: z.string(), name: z.string(), role: Role })
  .openapi('WorkspaceSummary');

export const Password = z.string().min(8, 'Use at least 8 characters.').max(256, 'Use at most 256 characters.');

// The one name schema lives with the other shared shapes; routes import it from here.
export { Name } from '../../core/http/schemas';

export function presentUser(user: { id: string; email: string; name: string; createdAt: Date }) {
  return { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt.toISOString() };
}
