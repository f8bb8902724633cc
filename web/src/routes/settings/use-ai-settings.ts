import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { AiSettingsInput } from '../../api/types';

/** The workspace's AI providers (admins only: the API refuses the rest). */
export function useAiSettings(workspaceId: string, enabled = true) {
  return useQuery({
    queryKey: keys.aiSettings(workspaceId),
    queryFn: () => unwrap(ws.ai.settings.$get({ param: { workspaceId } })),
    enabled,
  });
}

export function useSaveAiSettings(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: AiSettingsInput) => unwrap(ws.ai.settings.$put({ param: { workspaceId }, json })),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.aiSettings(workspaceId), saved);
      return queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'audit') });
    },
  });
}

/** "Test connection": the given unsaved providers, or the saved chain when there are none. */
export function useTestProviders(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (providers: AiSettingsInput['providers'] | null) =>
      unwrap(ws.ai.settings.test.$post({ param: { workspaceId }, json: providers ? { providers } : {} })),
    // A test is a call like any other: it shows in usage.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...keys.area(workspaceId, 'ai'), 'usage'] }),
  });
}

/** Tokens and calls per day and provider, and this month against the budget. */
export function useAiUsage(workspaceId: string, days = 30) {
  return useQuery({
    queryKey: keys.aiUsage(workspaceId, days),
    queryFn: () => unwrap(ws.ai.usage.$get({ param: { workspaceId }, query: { days: String(days) } })),
  });
}
