import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ws } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import { pageQuery, usePaged } from '../../api/use-paged';
import type { Role } from '../../lib/roles';

export function useMembers(workspaceId: string) {
  return usePaged([...keys.area(workspaceId, 'members'), 'list'], (cursor) =>
    unwrap(ws.members.$get({ param: { workspaceId }, query: pageQuery(cursor, 50) })),
  );
}

export function useInvitations(workspaceId: string, enabled: boolean) {
  return usePaged(
    [...keys.area(workspaceId, 'invitations'), 'list'],
    (cursor) => unwrap(ws.invitations.$get({ param: { workspaceId }, query: pageQuery(cursor, 50) })),
    { enabled },
  );
}

/** Membership changes touch members, invitations, keys (capped or revoked with a member) and the audit log. */
function useInvalidateMembership(workspaceId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      (['members', 'invitations', 'api-keys', 'audit'] as const).map((area) =>
        queryClient.invalidateQueries({ queryKey: keys.area(workspaceId, area) }),
      ),
    );
}

export function useAddMember(workspaceId: string) {
  const invalidate = useInvalidateMembership(workspaceId);
  return useMutation({
    mutationFn: (json: { email: string; role: Role }) => unwrap(ws.members.$post({ param: { workspaceId }, json })),
    onSuccess: invalidate,
  });
}

export function useChangeRole(workspaceId: string) {
  const invalidate = useInvalidateMembership(workspaceId);
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      unwrap(ws.members[':userId'].$patch({ param: { workspaceId, userId }, json: { role } })),
    onSuccess: invalidate,
  });
}

export function useRemoveMember(workspaceId: string) {
  const invalidate = useInvalidateMembership(workspaceId);
  return useMutation({
    mutationFn: (userId: string) => unwrap(ws.members[':userId'].$delete({ param: { workspaceId, userId } })),
    onSuccess: invalidate,
  });
}

export function useRevokeInvitation(workspaceId: string) {
  const invalidate = useInvalidateMembership(workspaceId);
  return useMutation({
    mutationFn: (invitationId: string) =>
      unwrap(ws.invitations[':invitationId'].$delete({ param: { workspaceId, invitationId } })),
    onSuccess: invalidate,
  });
}
