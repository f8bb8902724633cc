import { and, eq, isNull } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { type FieldError, ResourceNotFound, ValidationFailed } from '../../core/http/errors';
import { refreshTokens } from '../../db/schema/refresh-tokens';
import { users } from '../../db/schema/users';
import { hashPassword, verifyPassword } from '../../lib/crypto';
import { passwordProblem } from './password-policy';
import { accessTokenFor, mintRefreshToken } from './session';

export async function getUser(ctx: ServiceContext, userId: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  // A valid token for a deleted account.
  if (!user) throw new ResourceNotFound('The account');
  return user;
}

export async function updateProfile(ctx: ServiceContext, userId: string, patch: { name: string }) {
  const user = await getUser(ctx, userId);
  const updatedAt = new Date();
  await commitWithAudit(
    ctx,
    [
      ctx.db
        .update(users)
        .set({ ...patch, updatedAt })
        .where(eq(users.id, userId)),
    ],
    {
      workspaceId: null,
      action: 'user.profile_updated',
      targetType: 'user',
      targetId: userId,
    },
  );
  return { ...user, ...patch, updatedAt };
}

/**
 * Changes the password and signs out every other session: all refresh tokens are revoked
 * and a fresh session is returned for the caller.
 */
export async function changePassword(ctx: ServiceContext, userId: string, current: string, next: string) {
  const user = await getUser(ctx, userId);
  const errors: FieldError[] = [];
  if (!(await verifyPassword(current, user.passwordHash))) {
    errors.push({ path: 'currentPassword', message: 'This is not your current password.' });
  }
  const weak = await passwordProblem(next, user.email);
  if (weak) errors.push({ path: 'newPassword', message: weak });
  if (errors.length > 0) throw new ValidationFailed(errors);
  const refresh = await mintRefreshToken(userId);
  const now = new Date();
  await commitWithAudit(
    ctx,
    [
      ctx.db
        .update(users)
        .set({ passwordHash: await hashPassword(next), updatedAt: now })
        .where(eq(users.id, userId)),
      ctx.db
        .update(refreshTokens)
        .set({ revokedAt: now })
        .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt))),
      ctx.db.insert(refreshTokens).values(refresh.row),
    ],
    { workspaceId: null, action: 'user.password_changed', targetType: 'user', targetId: userId },
  );
  return { accessToken: await accessTokenFor(ctx.env, userId), refreshToken: refresh.token };
}
