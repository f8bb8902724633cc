import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import { pageQuery, usePaged } from '../../api/use-paged';
import type { Role } from '../../lib/roles';

export function useApiKeys(workspaceId: string) {
  return usePaged([...keys.area(workspaceId, 'api-keys'), 'list'], (cursor) =>
    unwrap(ws['api-keys'].$get({ param: { workspaceId }, query: pageQuery(cursor, 50) })),
  );
}

function useInvalidateKeys(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'api-keys') }),
      queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, 'audit') }),
    ]);
}

export function useCreateApiKey(workspaceId: string) {
  const invalidate = useInvalidateKeys(workspaceId);
  return useMutation({
    mutationFn: (json: { name: string; role: Role }) => unwrap(ws['api-keys'].$post({ param: { workspaceId }, json })),
    onSuccess: invalidate,
  });
}

export function useRevokeApiKey(workspaceId: string) {
  const invalidate = useInvalidateKeys(workspaceId);
  return useMutation({
    mutationFn: (keyId: string) => unwrap(ws['api-keys'][':keyId'].$delete({ param: { workspaceId, keyId } })),
    onSuccess: invalidate,
  });
}
