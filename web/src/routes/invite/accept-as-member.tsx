import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/problem';
import { useAuth } from '../../auth/auth-provider';
import { useMe } from '../../auth/use-me';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { FormError } from '../../components/form-error';
import { PageSpinner } from '../../components/spinner';

/** A signed-in visitor: accept if the invitation is theirs, else explain and offer to switch. */
export function AcceptAsMember({
  token,
  invitation,
  onJoined,
}: {
  token: string;
  invitation: { email: string; workspaceName: string };
  onJoined: (workspaceId: string) => void;
}) {
  const me = useMe();
  const { signOut } = useAuth();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (!me.data) return <PageSpinner />;
  const { user } = me.data;

  if (user.email !== invitation.email) {
    return (
      <div className="space-y-5">
        <Alert tone="warning" title="This invitation is for someone else">
          You are signed in as {user.email}, but the invitation was sent to {invitation.email}. Sign out, then sign in
          or sign up with that address.
        </Alert>
        <Button className="w-full" onClick={() => signOut()}>
          Sign out
        </Button>
      </div>
    );
  }

  const accept = async () => {
    setPending(true);
    setError(null);
    try {
      const { workspaceId } = await unwrap(api.invitations[':token'].accept.$post({ param: { token } }));
      await queryClient.invalidateQueries({ queryKey: keys.me });
      onJoined(workspaceId);
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  };

  return (
    <div className="space-y-5">
      <p className="text-sm text-zinc-600">
        Signed in as <span className="font-medium text-zinc-900">{user.email}</span>.
      </p>
      <FormError error={error} />
      <Button variant="primary" className="w-full" loading={pending} onClick={accept}>
        Accept and join {invitation.workspaceName}
      </Button>
    </div>
  );
}
