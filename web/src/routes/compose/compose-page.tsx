import { Send, Sparkles } from 'lucide-react';
import { Link } from 'react-router';
import { buttonClasses } from '../../components/button';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PageHeader } from '../../components/page-header';
import { SkeletonRows } from '../../components/skeleton';
import { useWorkspace } from '../../shell/workspace-context';
import { useAllAccounts } from '../accounts/use-accounts';
import { ComposeForm } from './compose-form';

/** "New post": write once, see it per account, then publish now, schedule or keep a draft. */
export function ComposePage() {
  const workspace = useWorkspace();
  const accounts = useAllAccounts(workspace.id);
  const aiLink = (
    <Link to={`/w/${workspace.id}/create`} className={buttonClasses('secondary')}>
      <Sparkles className="size-4" aria-hidden />
      Write with AI
    </Link>
  );
  return (
    <>
      <PageHeader
        title="New post"
        description="Write it once, check how it looks on each account, then publish it now, schedule it or keep it as a draft."
        actions={aiLink}
      />
      {accounts.isPending ? (
        <Card>
          <SkeletonRows rows={4} />
        </Card>
      ) : accounts.isError ? (
        <Card>
          <ErrorState error={accounts.error} onRetry={() => accounts.refetch()} />
        </Card>
      ) : accounts.data.length === 0 ? (
        <Card>
          <EmptyState
            icon={<Send />}
            title="Connect an account first"
            description="A post goes to accounts: a Mastodon or Bluesky account, or a webhook. Connect one on the Accounts page, then come back."
            action={
              <Link to={`/w/${workspace.id}/accounts`} className={buttonClasses('primary')}>
                Go to Accounts
              </Link>
            }
          />
        </Card>
      ) : (
        <ComposeForm accounts={accounts.data} />
      )}
    </>
  );
}
