import { createContext, useContext } from 'react';
import type { LiveStatus } from '../api/live';
import type { WorkspaceSummary } from '../api/types';
import { atLeast, type Role } from '../lib/roles';

export interface CurrentWorkspace extends WorkspaceSummary {
  /** Whether your role here allows what needs `required`. The server decides; this hides what it would refuse. */
  can: (required: Role) => boolean;
}

export const WorkspaceContext = createContext<CurrentWorkspace | null>(null);
export const LiveStatusContext = createContext<LiveStatus>('connecting');

export function toCurrent(workspace: WorkspaceSummary): CurrentWorkspace {
  return { ...workspace, can: (required) => atLeast(workspace.role, required) };
}

/** The workspace of the current /w/:workspaceId page. */
export function useWorkspace(): CurrentWorkspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside a workspace route');
  return workspace;
}

export function useLiveStatus(): LiveStatus {
  return useContext(LiveStatusContext);
}

const LAST_WORKSPACE = 'crowsnest.last-workspace';

/** The workspace to open when the URL names none (not a secret, so localStorage is fine). */
export function lastWorkspaceId(): string | null {
  try {
    return localStorage.getItem(LAST_WORKSPACE);
  } catch {
    return null;
  }
}

export function rememberWorkspace(id: string): void {
  try {
    localStorage.setItem(LAST_WORKSPACE, id);
  } catch {
    // Storage disabled: we just won't remember.
  }
}
