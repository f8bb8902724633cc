import { exportWorkspace } from '../worker/features/exports/export-workspace';

/** Consumer of the reports queue: long-running documents and exports. */
export const reportsHandlers = {
  'workspace.export': exportWorkspace,
};
