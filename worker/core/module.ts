import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Schema } from 'hono';
import type { JobDefinition } from '../../queues/job';
import type { TaskDefinition } from '../../queues/task';
import type { AuditAction } from './audit/actions';
import type { ServiceContext } from './context';
import type { CronTasks } from './crons';
import type { ExportSection } from './export-section';
import type { AppEnv } from './http/app-env';
import { createRouter } from './http/router';

/**
 * What a feature brings to the app. `worker/features.ts` lists the modules; the entry mounts
 * their routes, runs their jobs and crons, and composes their audit actions and export
 * sections. A feature's cases for the isolation, roles and bad-input suites sit beside it
 * in `test-cases.ts`. So adding a feature is a folder and one line in that list.
 */
export interface FeatureModule<S extends Schema = Schema> {
  name: string;
  /** Its HTTP API, with full paths (`/api/v1/…`): build it with `mount`. */
  routes?: OpenAPIHono<AppEnv, S, '/'>;
  /** The kinds of background job it handles. */
  jobs?: readonly JobDefinition<ServiceContext>[];
  /** The kinds of queue task it handles (work whose state lives on its own rows). */
  tasks?: readonly TaskDefinition<ServiceContext>[];
  /** What it runs on a schedule. */
  crons?: CronTasks;
  /** What the audit log records of it. */
  auditActions?: readonly AuditAction[];
  /** What the workspace export holds of it. */
  exports?: readonly ExportSection[];
  /** Tenant tables it owns that the export leaves out, each with the reason. */
  notExported?: Readonly<Record<string, string>>;
}

/** A feature's sub-app mounted at `path` under the API's root, typed for `hc<AppType>`. */
export function mount<P extends string, S extends Schema>(path: P, routes: OpenAPIHono<AppEnv, S, '/'>) {
  return createRouter().route(path, routes);
}

/** `/api/v1` and the workspace prefix every tenant resource lives under. */
export const API = '/api/v1';
export const WORKSPACE = `${API}/workspaces/:workspaceId` as const;
