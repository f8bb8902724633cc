import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { serviceContext } from '../../core/context';
import type { AppEnv } from '../../core/http/app-env';
import { Forbidden, Unauthorized } from '../../core/http/errors';
import {
  enforce,
  enforceAll,
  loginEmailPolicy,
  loginIpPolicy,
  loginPolicy,
} from '../../core/http/middleware/rate-limit';
import { appOrigin } from '../../core/http/origin';
import { createRouter, json, jsonBody, problemResponse, publicRoute } from '../../core/http/router';
import { Email } from '../../core/http/schemas';
import { login } from './login';
import { Name, Password, presentUser, UserSchema, WorkspaceSummarySchema } from './schemas';
import { endSession, rotateSession } from './session';
import { clearRefreshCookie, getRefreshCookie, setRefreshCookie } from './session-cookie';
import { signup } from './signup';

/**
 * Cookie-authenticated routes also check Origin when a browser sends one: SameSite=Strict
 * already keeps other sites' requests cookie-less, this refuses them outright.
 */
function assertSameOrigin(c: Context<AppEnv>) {
  const origin = c.req.header('Origin');
  if (!origin) return;
  const allowed = [new URL(c.req.url).origin, appOrigin(c), ...c.env.ALLOWED_ORIGINS.split(',').map((o) => o.trim())];
  if (!allowed.includes(origin)) throw new Forbidden('Cross-origin requests may not use the session cookie.');
}

function clientIp(c: Context<AppEnv>): string {
  return c.req.header('CF-Connecting-IP') ?? 'local';
}

const SignupBody = z
  .object({
    email: Email,
    password: Password,
    name: Name,
    workspaceName: Name.optional().openapi({ description: 'Required unless joining by inviteToken' }),
    inviteToken: z.string().max(128).optional(),
  })
  .superRefine((body, ctx) => {
    // Someone joining by invitation need not start a workspace of their own.
    if (body.workspaceName === undefined && body.inviteToken === undefined) {
      ctx.addIssue({ code: 'custom', path: ['workspaceName'], message: 'Required.' });
    }
  })
  .openapi('SignupRequest');

const LoginBody = z.object({ email: Email, password: z.string().min(1).max(256) }).openapi('LoginRequest');

const TokenAnswer = z.object({ accessToken: z.string() });

export const authRoutes = createRouter()
  .openapi(
    publicRoute({
      method: 'post',
      path: '/signup',
      tags: ['Auth'],
      summary: 'Create an account and its first workspace',
      request: { body: jsonBody(SignupBody) },
      responses: {
        201: json(
          z.object({ user: UserSchema, workspace: WorkspaceSummarySchema, accessToken: z.string() }),
          'Signed up; the refresh cookie is set',
        ),
        409: problemResponse('An account with this email exists'),
        429: problemResponse('Too many sign-ups from this address'),
      },
    }),
    async (c) => {
      await enforce(c, `signup:ip:${clientIp(c)}`, loginIpPolicy(c.env));
      const result = await signup(serviceContext(c), c.req.valid('json'));
      setRefreshCookie(c, result.session.refreshToken);
      return c.json(
        { user: presentUser(result.user), workspace: result.workspace, accessToken: result.session.accessToken },
        201,
      );
    },
  )
  .openapi(
    publicRoute({
      method: 'post',
      path: '/login',
      tags: ['Auth'],
      summary: 'Sign in with email and password',
      request: { body: jsonBody(LoginBody) },
      responses: {
        200: json(z.object({ user: UserSchema, accessToken: z.string() }), 'Signed in; the refresh cookie is set'),
        401: problemResponse('Wrong email or password'),
        429: problemResponse('Too many attempts from this address, or failed ones for this email'),
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const ip = clientIp(c);
      await enforce(c, `login:ip:${ip}`, loginIpPolicy(c.env));
      // Failures are what these count: a wrong password keeps its tokens spent, a right one gives them back.
      const giveBack = await enforceAll(c, [
        { key: `login:email-ip:${email}:${ip}`, policy: loginPolicy(c.env) },
        { key: `login:email:${email}`, policy: loginEmailPolicy(c.env) },
      ]);
      const result = await login(serviceContext(c), email, password);
      await giveBack();
      setRefreshCookie(c, result.session.refreshToken);
      return c.json({ user: presentUser(result.user), accessToken: result.session.accessToken }, 200);
    },
  )
  .openapi(
    publicRoute({
      method: 'post',
      path: '/refresh',
      tags: ['Auth'],
      summary: 'Trade the refresh cookie for a new access token (the cookie rotates)',
      responses: {
        200: json(TokenAnswer, 'A new access token; the refresh cookie is replaced'),
        401: problemResponse('No session, or it ended (reuse of an old token ends it)'),
      },
    }),
    async (c) => {
      assertSameOrigin(c);
      const presented = getRefreshCookie(c);
      if (!presented) throw new Unauthorized('There is no session. Sign in.');
      try {
        const session = await rotateSession(serviceContext(c), presented);
        setRefreshCookie(c, session.refreshToken);
        return c.json({ accessToken: session.accessToken }, 200);
      } catch (error) {
        clearRefreshCookie(c);
        throw error;
      }
    },
  )
  .openapi(
    publicRoute({
      method: 'post',
      path: '/logout',
      tags: ['Auth'],
      summary: 'End the session behind the refresh cookie',
      responses: { 204: { description: 'Signed out' } },
    }),
    async (c) => {
      assertSameOrigin(c);
      const presented = getRefreshCookie(c);
      if (presented) await endSession(serviceContext(c), presented);
      clearRefreshCookie(c);
      return c.body(null, 204);
    },
  );
