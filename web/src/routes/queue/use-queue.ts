import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InferRequestType, InferResponseType } from 'hono/client';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';

const account = ws.accounts[':accountId'];
export type SlotSet = InferResponseType<typeof account.slots.$get, 200>;
export type SlotSetInput = InferRequestType<typeof account.slots.$put>['json'];
export type AccountQueue = InferResponseType<typeof account.queue.$get, 200>;

export function useAccount(workspaceId: string, accountId: string) {
  return useQuery({
    queryKey: [...keys.accountList(workspaceId), 'one', accountId],
    queryFn: () => unwrap(account.$get({ param: { workspaceId, accountId } })),
  });
}

export function useSlots(workspaceId: string, accountId: string) {
  return useQuery({
    queryKey: [...keys.area(workspaceId, 'accounts'), 'slots', accountId],
    queryFn: () => unwrap(account.slots.$get({ param: { workspaceId, accountId } })),
  });
}

/** The coming slots with their posts; under 'posts' too, since every post moved in or out changes it. */
export function useAccountQueue(workspaceId: string, accountId: string, weeks: number) {
  return useQuery({
    queryKey: [...keys.area(workspaceId, 'posts'), 'queue', accountId, weeks],
    queryFn: () => unwrap(account.queue.$get({ param: { workspaceId, accountId }, query: { weeks: String(weeks) } })),
  });
}

export function useSaveSlots(workspaceId: string, accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (json: SlotSetInput) => unwrap(account.slots.$put({ param: { workspaceId, accountId }, json })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'accounts') }),
        queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'posts') }),
      ]),
  });
}

/** Pauses (disabled) or resumes (active) an account. */
export function useSetAccountStatus(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ accountId, status }: { accountId: string; status: 'disabled' | 'active' }) =>
      unwrap(account.$patch({ param: { workspaceId, accountId }, json: { status } })),
    onSuccess: () =>
      Promise.all(
        (['accounts', 'posts', 'audit'] as const).map((area) =>
          queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, area) }),
        ),
      ),
  });
}
