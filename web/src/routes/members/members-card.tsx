import { Users } from 'lucide-react';
import { useState } from 'react';
import type { Member } from '../../api/types';
import { useMe } from '../../auth/use-me';
import { Card } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { ListState, LoadMore } from '../../components/query-state';
import { Table, TBody, THead, Th } from '../../components/table';
import { useToast } from '../../components/toast';
import { useWorkspaceExit } from '../../shell/forget-workspace';
import { useWorkspace } from '../../shell/workspace-context';
import { MemberRow } from './member-row';
import { useMembers, useRemoveMember } from './use-members';

export function MembersCard() {
  const workspace = useWorkspace();
  const me = useMe();
  const { list, more } = useMembers(workspace.id);
  const remove = useRemoveMember(workspace.id);
  const toast = useToast();
  const exit = useWorkspaceExit();
  const [removing, setRemoving] = useState<Member | null>(null);
  const myId = me.data?.user.id;
  const leaving = removing?.userId === myId;

  return (
    <Card title="Members" description="Everyone with access to this workspace." flush>
      <ListState query={list} empty={<EmptyState icon={<Users />} title="No members" />}>
        {(members) => (
          <Table label="Members">
            <THead>
              <Th>Member</Th>
              <Th>Role</Th>
              <Th>Joined</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </THead>
            <TBody>
              {members.map((member) => (
                <MemberRow key={member.userId} member={member} isMe={member.userId === myId} onRemove={setRemoving} />
              ))}
            </TBody>
          </Table>
        )}
      </ListState>
      <LoadMore {...more} />
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={leaving ? `Leave ${workspace.name}?` : `Remove ${removing?.name ?? ''}?`}
        confirmLabel={leaving ? 'Leave workspace' : 'Remove member'}
        onConfirm={async () => {
          if (!removing) return;
          if (leaving) {
            await exit.leave();
          } else {
            await remove.mutateAsync(removing.userId);
            toast({ title: `${removing.name} was removed` });
          }
        }}
      >
        {leaving
          ? 'You will lose access to everything in this workspace. API keys you created here are revoked.'
          : `${removing?.email ?? ''} loses access at once. API keys they created in this workspace are revoked.`}
      </ConfirmDialog>
    </Card>
  );
}
