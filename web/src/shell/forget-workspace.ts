import type { QueryClient } from '@tanstack/react-query';
import { keys } from '../api/keys';
import type { Me } from '../api/types';

/**
 * After leaving or deleting a workspace: drop it from the cached workspace list at once (so
 * nothing navigates back into it), forget its data, then confirm with the server.
 */
export function forgetWorkspace(queryClient: QueryClient, workspaceId: string): void {
  queryClient.setQueryData<Me>(keys.me, (me) =>
    me ? { ...me, workspaces: me.workspaces.filter((workspace) => workspace.id !== workspaceId) } : me,
  );
  queryClient.removeQueries({ queryKey: keys.workspace(workspaceId) });
  void queryClient.invalidateQueries({ queryKey: keys.me });
}
