import { eq } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { type AuditInput, commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import { Conflict, ValidationFailed } from '../../core/http/errors';
import { uniqueViolation } from '../../db/errors';
import { memberships } from '../../db/schema/memberships';
import { refreshTokens } from '../../db/schema/refresh-tokens';
import { users } from '../../db/schema/users';
import { workspaces } from '../../db/schema/workspaces';
import { hashPassword } from '../../lib/crypto';
import { newId } from '../../lib/ids';
import { acceptStatements, findOpenInvitation } from '../invitations/accept';
import type { WorkspaceSummary } from '../workspaces/manage';
import { passwordProblem } from './password-policy';
import { accessTokenFor, mintRefreshToken, type Session } from './session';

export interface SignupInput {
  email: string;
  password: string;
  name: string;
  /** The user's own first workspace; optional when joining one by invitation. */
  workspaceName?: string | undefined;
  inviteToken?: string | undefined;
}

/**
 * Creates the account and a session, and either a first workspace with the user as owner
 * or — with an invitation token for the same address — membership of the inviting
 * workspace (or both). All in one batch. Answers the workspace to open first.
 */
export async function signup(ctx: ServiceContext, input: SignupInput) {
  const weak = await passwordProblem(input.password, input.email);
  if (weak) throw new ValidationFailed([{ path: 'password', message: weak }]);
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
  const refresh = await mintRefreshToken(user.id);
  const actor = { type: 'user' as const, id: user.id };
  const writes: BatchItem<'sqlite'>[] = [
    ctx.db.insert(users).values(user),
    ctx.db.insert(refreshTokens).values(refresh.row),
  ];
  const entries: AuditInput[] = [];
  let opens: WorkspaceSummary | undefined;

  if (input.workspaceName !== undefined) {
    const workspace = { id: newId('ws', now.getTime()), name: input.workspaceName, createdAt: now, updatedAt: now };
    writes.push(
      ctx.db.insert(workspaces).values(workspace),
      ctx.db.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: 'owner', createdAt: now }),
    );
    entries.push(
      {
        workspaceId: workspace.id,
        action: 'workspace.created',
        targetType: 'workspace',
        targetId: workspace.id,
        actor,
      },
      { workspaceId: workspace.id, action: 'user.signed_up', targetType: 'user', targetId: user.id, actor },
    );
    opens = { id: workspace.id, name: workspace.name, role: 'owner' };
  }
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
    const [invited] = await ctx.db
      .select({ name: workspaces.name })
      .from(workspaces)
      .where(eq(workspaces.id, invitation.workspaceId));
    opens ??= { id: invitation.workspaceId, name: invited?.name ?? '', role: invitation.role };
  }
  if (!opens) throw new ValidationFailed([{ path: 'workspaceName', message: 'Required.' }]);
  try {
    await commitWithAudit(ctx, writes, entries);
  } catch (error) {
    // Two sign-ups with the same address at once: the unique index decides.
    if (uniqueViolation(error)) throw emailConflict();
    throw error;
  }

  const session: Session = {
    userId: user.id,
    accessToken: await accessTokenFor(ctx.env, user.id),
    refreshToken: refresh.token,
  };
  return { user, workspace: opens, session };
}

function emailConflict() {
  const error = new Conflict('An account with this email address already exists. Sign in instead.');
  Object.assign(error, { errors: [{ path: 'email', message: 'This email address is already registered.' }] });
  return error;
}
