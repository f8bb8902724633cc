import { exportWorkspace } from '../worker/services/exports/export-workspace';

/** Consumer of the reports queue: long-running documents and exports. */
export const reportsHandlers = {
  'workspace.export': exportWorkspace,
};
