import { eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { memberships, type Role, refreshTokens, users, workspaces } from '../../db/schema';
import { hashPassword } from '../../lib/crypto';
import { Conflict } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { type AuditInput, commitWithAudit } from '../audit/commit';
import type { ServiceContext } from '../context';
import { acceptStatements, findOpenInvitation } from '../invitations/accept';
import { accessTokenFor, mintRefreshToken, type Session } from './session';

export interface SignupInput {
  email: string;
  password: string;
  name: string;
  workspaceName: string;
  inviteToken?: string | undefined;
}

/**
 * Creates the account, its first workspace with the user as owner, and a session — all in
 * one batch. With an invitation token for the same address, also joins that workspace.
 */
export async function signup(ctx: ServiceContext, input: SignupInput) {
  const emailTaken = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (emailTaken.length > 0) throw emailConflict();
  const invitation = input.inviteToken ? await findOpenInvitation(ctx, input.inviteToken, input.email) : undefined;

  const now = new Date();
  const user = {
    id: newId('usr', now.getTime()),
    email: input.email,
    name: input.name,
    passwordHash: await hashPassword(input.password),
    createdAt: now,
    updatedAt: now,
  };
  const workspace = { id: newId('ws', now.getTime()), name: input.workspaceName, createdAt: now, updatedAt: now };
  const role: Role = 'owner';
  const refresh = await mintRefreshToken(user.id);
  const actor = { type: 'user' as const, id: user.id };

  const writes: BatchItem<'sqlite'>[] = [
    ctx.db.insert(users).values(user),
    ctx.db.insert(workspaces).values(workspace),
    ctx.db.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role, createdAt: now }),
    ctx.db.insert(refreshTokens).values(refresh.row),
  ];
  const entries: AuditInput[] = [
    { workspaceId: workspace.id, action: 'workspace.created', targetType: 'workspace', targetId: workspace.id, actor },
    { workspaceId: workspace.id, action: 'user.signed_up', targetType: 'user', targetId: user.id, actor },
  ];
  if (invitation) {
    writes.push(...acceptStatements(ctx, invitation, user.id, now));
    entries.push({
      workspaceId: invitation.workspaceId,
      action: 'invitation.accepted',
      targetType: 'user',
      targetId: user.id,
      metadata: { role: invitation.role, invitationId: invitation.id },
      actor,
    });
  }
  try {
    await commitWithAudit(ctx, writes, entries);
  } catch (error) {
    // Two sign-ups with the same address at once: the unique index decides.
    if (String(error).includes('UNIQUE')) throw emailConflict();
    throw error;
  }

  const session: Session = {
    userId: user.id,
    accessToken: await accessTokenFor(ctx.env, user.id),
    refreshToken: refresh.token,
  };
  return { user, workspace: { ...workspace, role }, session };
}

function emailConflict() {
  const error = new Conflict('An account with this email address already exists. Sign in instead.');
  Object.assign(error, { errors: [{ path: 'email', message: 'This email address is already registered.' }] });
  return error;
}
