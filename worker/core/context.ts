import type { Context } from 'hono';
import { createDb, type Db } from '../db/client';
import type { ActorType } from '../db/schema/audit-log';
import type { AppEnv } from './http/app-env';

/** What every service verb needs: storage, bindings, and who is acting in which request. */
export interface ServiceContext {
  db: Db;
  env: Env;
  requestId: string | null;
  ip: string | null;
  actor: { type: ActorType; id: string | null };
  waitUntil(promise: Promise<unknown>): void;
}

export function serviceContext(c: Context<AppEnv>): ServiceContext {
  const principal = c.get('principal') as AppEnv['Variables']['principal'] | undefined;
  return {
    db: c.get('db'),
    env: c.env,
    requestId: c.get('requestId'),
    ip: c.req.header('cf-connecting-ip') ?? null,
    actor: principal
      ? principal.kind === 'user'
        ? { type: 'user', id: principal.userId }
        : { type: 'api_key', id: principal.keyId }
      : { type: 'system', id: null },
    waitUntil: (promise) => c.executionCtx.waitUntil(promise),
  };
}

/** For cron and queue work, where no request and no person is behind the action. */
export function systemContext(env: Env, waitUntil: (promise: Promise<unknown>) => void): ServiceContext {
  return { db: createDb(env.DB), env, requestId: null, ip: null, actor: { type: 'system', id: null }, waitUntil };
}
