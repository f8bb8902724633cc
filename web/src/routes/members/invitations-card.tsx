import { MailPlus } from 'lucide-react';
import { useState } from 'react';
import type { Invitation } from '../../api/types';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { ListState, LoadMore } from '../../components/query-state';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { useToast } from '../../components/toast';
import { dateTime, timeAgo } from '../../lib/format';
import { ROLE_LABELS } from '../../lib/roles';
import { useWorkspace } from '../../shell/workspace-context';
import { useInvitations, useRevokeInvitation } from './use-members';

/** Pending invitations (admins only): who was invited, by whom, until when; revoke. */
export function InvitationsCard() {
  const workspace = useWorkspace();
  const { list, more } = useInvitations(workspace.id, true);
  const revoke = useRevokeInvitation(workspace.id);
  const toast = useToast();
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  return (
    <Card title="Pending invitations" description="Invitations that have not been accepted yet." flush>
      <ListState
        query={list}
        rows={2}
        empty={
          <EmptyState
            icon={<MailPlus />}
            title="No pending invitations"
            description="Invite someone without an account and their invitation waits here until they join."
          />
        }
      >
        {(invitations) => (
          <Table label="Pending invitations">
            <THead>
              <Th>Email</Th>
              <Th>Role</Th>
              <Th>Invited by</Th>
              <Th>Expires</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </THead>
            <TBody>
              {invitations.map((invitation) => (
                <Tr key={invitation.id}>
                  <Td className="font-medium text-zinc-900">{invitation.email}</Td>
                  <Td>
                    <Badge>{ROLE_LABELS[invitation.role]}</Badge>
                  </Td>
                  <Td className="text-zinc-500">{invitation.invitedByName ?? '—'}</Td>
                  <Td className="whitespace-nowrap text-zinc-500" title={dateTime(invitation.expiresAt)}>
                    {timeAgo(invitation.expiresAt)}
                  </Td>
                  <Td className="text-right">
                    <Button size="sm" variant="ghost" onClick={() => setRevoking(invitation)}>
                      Revoke
                    </Button>
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </ListState>
      <LoadMore {...more} />
      <ConfirmDialog
        open={revoking !== null}
        onClose={() => setRevoking(null)}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        onConfirm={async () => {
          if (!revoking) return;
          await revoke.mutateAsync(revoking.id);
          toast({ title: `Invitation for ${revoking.email} revoked` });
        }}
      >
        The link sent to {revoking?.email} stops working. You can invite them again later.
      </ConfirmDialog>
    </Card>
  );
}
