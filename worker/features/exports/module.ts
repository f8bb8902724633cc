import { defineJob } from '../../../queues/job';
import type { ServiceContext } from '../../core/context';
import { type FeatureModule, mount, WORKSPACE } from '../../core/module';
import { EXPORT_AUDIT_ACTIONS } from './audit';
import { WORKSPACE_EXPORT } from './contracts';
import { exportWorkspace } from './export-workspace';
import { exportRoutes } from './routes';

/**
 * The workspace export: one JSON document of every section the other modules declare. It is
 * made from the list of modules, so a new feature's tables are exported by declaring them.
 */
export function exportsFeature(modules: readonly FeatureModule[]) {
  const sections = modules.flatMap((module) => module.exports ?? []);
  return {
    name: 'exports',
    routes: mount(`${WORKSPACE}/exports`, exportRoutes),
    jobs: [
      defineJob(WORKSPACE_EXPORT, (ctx: ServiceContext, message, report) =>
        exportWorkspace(ctx, message, report, sections),
      ),
    ],
    auditActions: EXPORT_AUDIT_ACTIONS,
  } satisfies FeatureModule;
}
