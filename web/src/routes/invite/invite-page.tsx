import { useQuery } from '@tanstack/react-query';
import { MailX } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { ApiError, unwrap } from '../../api/problem';
import { useAuth } from '../../auth/auth-provider';
import { FullPageSpinner } from '../../auth/guards';
import { buttonClasses } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { ROLE_LABELS } from '../../lib/roles';
import { AuthLayout } from '../auth/auth-layout';
import { AcceptAsMember } from './accept-as-member';
import { JoinAsNewcomer } from './join-as-newcomer';

/** /invite/:token — the link from an invitation: preview it, then join. */
export function InvitePage() {
  const { token = '' } = useParams();
  const { status } = useAuth();
  const navigate = useNavigate();
  const [joining, setJoining] = useState(false);
  const preview = useQuery({
    queryKey: keys.invitation(token),
    queryFn: () => unwrap(api.invitations[':token'].$get({ param: { token } })),
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    staleTime: Number.POSITIVE_INFINITY,
  });

  if (preview.isPending || status === 'loading') return <FullPageSpinner />;
  if (preview.isError) {
    const gone = preview.error instanceof ApiError && [400, 404].includes(preview.error.status);
    return (
      <AuthLayout title="Invitation">
        {gone ? (
          <EmptyState
            icon={<MailX />}
            title="This invitation can no longer be used"
            description="It may have expired, been revoked or already been accepted. Ask the person who invited you for a new link."
            action={
              <Link to="/" className={buttonClasses('secondary')}>
                Go to Crowsnest
              </Link>
            }
          />
        ) : (
          <ErrorState error={preview.error} onRetry={() => preview.refetch()} compact />
        )}
      </AuthLayout>
    );
  }

  const invitation = preview.data;
  const joined = (workspaceId: string) => navigate(`/w/${workspaceId}`, { replace: true });
  return (
    <AuthLayout
      title={`Join ${invitation.workspaceName}`}
      subtitle={
        <>
          You have been invited to <strong className="font-medium text-zinc-700">{invitation.workspaceName}</strong> as{' '}
          {article(invitation.role)}{' '}
          <strong className="font-medium text-zinc-700">{ROLE_LABELS[invitation.role]}</strong>. The invitation is for{' '}
          {invitation.email}.
        </>
      }
    >
      {status === 'signed-in' && !joining ? (
        <AcceptAsMember token={token} invitation={invitation} onJoined={joined} />
      ) : (
        <JoinAsNewcomer token={token} invitation={invitation} onStart={() => setJoining(true)} onJoined={joined} />
      )}
    </AuthLayout>
  );
}

function article(role: string): string {
  return /^[aeiou]/i.test(role) ? 'an' : 'a';
}
