import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ws } from '../api/client';
import { keys } from '../api/keys';
import { unwrap } from '../api/problem';
import type { Me } from '../api/types';
import { useMe } from '../auth/use-me';
import { useToast } from '../components/toast';
import { useWorkspace } from './workspace-context';

/**
 * After leaving or deleting a workspace: drop it from the cached workspace list at once (so
 * nothing navigates back into it), forget its data, then confirm with the server.
 */
function forgetWorkspace(queryClient: QueryClient, workspaceId: string): void {
  queryClient.setQueryData<Me>(keys.me, (me) =>
    me ? { ...me, workspaces: me.workspaces.filter((workspace) => workspace.id !== workspaceId) } : me,
  );
  queryClient.removeQueries({ queryKey: keys.workspace(workspaceId) });
  void queryClient.invalidateQueries({ queryKey: keys.me });
}

/**
 * Leaving the current workspace, or deleting it: each tells the server, then says so, forgets
 * the workspace and goes to the dashboard. Not through the member mutations: their refetches
 * of this workspace would all answer 404 now.
 */
export function useWorkspaceExit() {
  const workspace = useWorkspace();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();

  const goHome = (message: string) => {
    toast({ title: message });
    forgetWorkspace(queryClient, workspace.id);
    navigate('/', { replace: true });
  };

  return {
    leave: async () => {
      const userId = me.data?.user.id ?? '';
      await unwrap(ws.members[':userId'].$delete({ param: { workspaceId: workspace.id, userId } }));
      goHome(`You left ${workspace.name}`);
    },
    deleteWorkspace: async () => {
      await unwrap(ws.$delete({ param: { workspaceId: workspace.id } }));
      goHome(`${workspace.name} was deleted`);
    },
  };
}
