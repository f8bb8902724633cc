import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import type { AccountConnect } from '../../api/types';
import { pageQuery, usePaged } from '../../api/use-paged';

/** The workspace's accounts, newest first, page by page. */
export function useAccounts(workspaceId: string) {
  return usePaged(keys.accountList(workspaceId), (cursor) =>
    unwrap(ws.accounts.$get({ param: { workspaceId }, query: pageQuery(cursor, 100) })),
  );
}

/**
 * Every account at once, for the composer and the calendar (a workspace has a handful; the
 * API's largest page holds 100).
 */
export function useAllAccounts(workspaceId: string) {
  return useQuery({
    queryKey: [...keys.accountList(workspaceId), 'all'],
    queryFn: async () => (await unwrap(ws.accounts.$get({ param: { workspaceId }, query: { limit: '100' } }))).items,
  });
}

function useInvalidateAccounts(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'accounts') }),
      queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'audit') }),
    ]);
}

export function useConnectAccount(workspaceId: string) {
  const invalidate = useInvalidateAccounts(workspaceId);
  return useMutation({
    mutationFn: (json: AccountConnect) => unwrap(ws.accounts.$post({ param: { workspaceId }, json })),
    onSuccess: invalidate,
  });
}

export function useDisconnectAccount(workspaceId: string) {
  const invalidate = useInvalidateAccounts(workspaceId);
  return useMutation({
    mutationFn: (accountId: string) => unwrap(ws.accounts[':accountId'].$delete({ param: { workspaceId, accountId } })),
    onSuccess: invalidate,
  });
}
