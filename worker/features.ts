import type { TaskDefinition } from '../queues/task';
import type { ServiceContext } from './core/context';
import { coreModule } from './core/core-module';
import { ai } from './features/ai/module';
import { apiKeys } from './features/api-keys/module';
import { brandVoices } from './features/brand-voices/module';
import { content } from './features/content/module';
import { exportsFeature } from './features/exports/module';
import { identity } from './features/identity/module';
import { invitations } from './features/invitations/module';
import { mediaFeature } from './features/media/module';
import { members } from './features/members/module';
import { publishing } from './features/publishing/module';
import { sources } from './features/sources/module';
import { webhooksFeature } from './features/webhooks/module';
import { workspaces } from './features/workspaces/module';

/**
 * The feature list: the one place a feature is added. Each module brings its routes, jobs,
 * crons, audit actions and export sections (worker/core/module.ts); the entry composes them.
 */
const DATA_FEATURES = [
  identity,
  workspaces,
  members,
  invitations,
  apiKeys,
  sources,
  content,
  ai,
  brandVoices,
  publishing,
  mediaFeature,
  webhooksFeature,
] as const;

/** Every feature, the export last: it is made of what the others declare (and core's audit log). */
export const FEATURES = [...DATA_FEATURES, exportsFeature([coreModule, ...DATA_FEATURES])] as const;

/** Core and the features: everything that declares jobs, crons, audit actions or exported tables. */
export const MODULES = [coreModule, ...FEATURES] as const;

/** The audit actions of every module, in the order the audit filter lists them. */
export const AUDIT_ACTIONS = nonEmpty(MODULES.flatMap((module) => module.auditActions ?? []));

/** Every kind of job, with its handler. */
export const JOBS = MODULES.flatMap((module) => ('jobs' in module ? module.jobs : []));

/** Every kind of task (queue work whose state lives on its own rows), with its handler. */
export const TASKS: readonly TaskDefinition<ServiceContext>[] = MODULES.flatMap((module) =>
  'tasks' in module ? module.tasks : [],
);

/** What runs on each cron, per module. */
export const CRON_TASKS = MODULES.flatMap((module) => ('crons' in module ? [module.crons] : []));

function nonEmpty<T>(list: readonly T[]): readonly [T, ...T[]] {
  const [first, ...rest] = list;
  if (first === undefined) throw new Error('expected at least one');
  return [first, ...rest];
}

/** The kinds of job, for the jobs list's filter. */
export const JOB_KINDS = nonEmpty(JOBS.map((job) => job.contract.kind));
