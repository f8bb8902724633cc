import { eq } from 'drizzle-orm';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { Unauthorized } from '../../core/http/errors';
import { refreshTokens } from '../../db/schema/refresh-tokens';
import { users } from '../../db/schema/users';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../../lib/crypto';
import { accessTokenFor, mintRefreshToken } from './session';

/** Checks the password and opens a session. Unknown email and wrong password look the same. */
export async function login(ctx: ServiceContext, email: string, password: string) {
  const [user] = await ctx.db.select().from(users).where(eq(users.email, email)).limit(1);
  // Hash even when there is no such user, so timing does not tell which emails exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !ok) throw new Unauthorized('The email address or password is incorrect.');

  const refresh = await mintRefreshToken(user.id);
  await commitWithAudit(ctx, [ctx.db.insert(refreshTokens).values(refresh.row)], {
    workspaceId: null,
    action: 'user.logged_in',
    targetType: 'session',
    targetId: refresh.row.familyId,
    actor: { type: 'user', id: user.id },
  });
  return {
    user,
    session: { userId: user.id, accessToken: await accessTokenFor(ctx.env, user.id), refreshToken: refresh.token },
  };
}
