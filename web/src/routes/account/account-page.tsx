import { LogOut } from 'lucide-react';
import { useAuth } from '../../auth/auth-provider';
import { useMe } from '../../auth/use-me';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { PageSpinner } from '../../components/spinner';
import { PasswordCard } from './password-card';
import { ProfileCard } from './profile-card';

export function AccountPage() {
  const me = useMe();
  const { signOut } = useAuth();
  if (me.isPending) return <PageSpinner />;
  if (me.isError) return <ErrorState error={me.error} onRetry={() => me.refetch()} />;
  return (
    <>
      <PageHeader title="Your account" description="Your profile, password and session." />
      <div className="space-y-6">
        <ProfileCard user={me.data.user} />
        <PasswordCard />
        <Card
          title="Session"
          description="Sign out of Crowsnest in this browser."
          footer={
            <Button icon={<LogOut className="size-4" />} onClick={() => signOut()}>
              Sign out
            </Button>
          }
        />
      </div>
    </>
  );
}
