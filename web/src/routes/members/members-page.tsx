import { UserPlus } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/button';
import { PageHeader } from '../../components/page-header';
import { useWorkspace } from '../../shell/workspace-context';
import { InvitationsCard } from './invitations-card';
import { InviteDialog } from './invite-dialog';
import { MembersCard } from './members-card';

export function MembersPage() {
  const workspace = useWorkspace();
  const [inviting, setInviting] = useState(false);
  const admin = workspace.can('admin');
  return (
    <>
      <PageHeader
        title="Members"
        description={`The people in ${workspace.name} and what they can do.`}
        actions={
          admin && (
            <Button variant="primary" icon={<UserPlus className="size-4" />} onClick={() => setInviting(true)}>
              Invite member
            </Button>
          )
        }
      />
      <div className="space-y-6">
        <MembersCard />
        {admin && <InvitationsCard />}
      </div>
      {admin && <InviteDialog open={inviting} onClose={() => setInviting(false)} />}
    </>
  );
}
