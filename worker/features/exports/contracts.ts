import { jobContract } from '../../../queues/contracts';

/** Writes a JSON export of the workspace to R2 (reports queue). */
export const WORKSPACE_EXPORT = jobContract('workspace.export', 'reports', {});
