import { errorMessage } from '../../api/problem';
import type { Member } from '../../api/types';
import { Avatar } from '../../components/avatar';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Select } from '../../components/select';
import { Td, Tr } from '../../components/table';
import { useToast } from '../../components/toast';
import { dateTime, timeAgo } from '../../lib/format';
import { grantableRoleOptions, ROLE_LABELS, type Role } from '../../lib/roles';
import { useWorkspace } from '../../shell/workspace-context';
import { useChangeRole } from './use-members';

export function MemberRow({
  member,
  isMe,
  onRemove,
}: {
  member: Member;
  isMe: boolean;
  onRemove: (member: Member) => void;
}) {
  const workspace = useWorkspace();
  const changeRole = useChangeRole(workspace.id);
  const toast = useToast();
  // Admins manage everyone but owners; only owners grant, change or remove the owner role.
  const manageable = workspace.can('admin') && (member.role !== 'owner' || workspace.can('owner'));

  const onRole = async (role: Role) => {
    try {
      await changeRole.mutateAsync({ userId: member.userId, role });
      toast({ title: `${member.name} is now ${ROLE_LABELS[role]}` });
    } catch (error) {
      toast({ title: 'Could not change the role', description: errorMessage(error), tone: 'danger' });
    }
  };

  return (
    <Tr>
      <Td>
        <div className="flex items-center gap-3">
          <Avatar name={member.name} />
          <div className="min-w-0">
            <p className="flex items-center gap-2 font-medium text-zinc-900">
              <span className="truncate">{member.name}</span>
              {isMe && <Badge>You</Badge>}
            </p>
            <p className="truncate text-xs text-zinc-500">{member.email}</p>
          </div>
        </div>
      </Td>
      <Td>
        {manageable ? (
          <Select
            className="w-32"
            aria-label={`Role of ${member.name}`}
            value={member.role}
            disabled={changeRole.isPending}
            onChange={(event) => onRole(event.target.value as Role)}
            options={grantableRoleOptions(workspace.role)}
          />
        ) : (
          <Badge tone={member.role === 'owner' ? 'accent' : 'neutral'}>{ROLE_LABELS[member.role]}</Badge>
        )}
      </Td>
      <Td className="whitespace-nowrap text-zinc-500" title={dateTime(member.joinedAt)}>
        {timeAgo(member.joinedAt)}
      </Td>
      <Td className="text-right">
        {isMe ? (
          <Button size="sm" variant="ghost" onClick={() => onRemove(member)}>
            Leave
          </Button>
        ) : (
          manageable && (
            <Button size="sm" variant="ghost" className="text-red-600 hover:bg-red-50" onClick={() => onRemove(member)}>
              Remove
            </Button>
          )
        )}
      </Td>
    </Tr>
  );
}
