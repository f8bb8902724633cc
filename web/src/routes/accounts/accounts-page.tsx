import { Plus, Share2 } from 'lucide-react';
import { useState } from 'react';
import { ApiError } from '../../api/problem';
import type { Account } from '../../api/types';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { ListState, LoadMore } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { useWorkspace } from '../../shell/workspace-context';
import { useSetAccountStatus } from '../queue/use-queue';
import { AccountsTable } from './accounts-table';
import { ConnectAccountDialog, type ConnectIntent } from './connect-account-dialog';
import { useAccounts, useDisconnectAccount } from './use-accounts';

/** Where the workspace publishes: everyone sees the accounts, admins connect and disconnect them. */
export function AccountsPage() {
  const workspace = useWorkspace();
  const { list, more } = useAccounts(workspace.id);
  const disconnect = useDisconnectAccount(workspace.id);
  const setStatus = useSetAccountStatus(workspace.id);
  const toast = useToast();
  const admin = workspace.can('admin');
  const [intent, setIntent] = useState<ConnectIntent>(null);
  const [removing, setRemoving] = useState<Account | null>(null);
  const needReconnect = list.data?.filter((account) => account.status === 'reauth_required') ?? [];

  const connectButton = admin && (
    <Button variant="primary" icon={<Plus className="size-4" />} onClick={() => setIntent({})}>
      Connect account
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Accounts"
        description="The social accounts and webhooks this workspace publishes to."
        actions={connectButton}
      />
      {needReconnect.length > 0 && (
        <Alert
          tone="danger"
          className="mb-4"
          title={`${needReconnect.length === 1 ? 'An account needs' : `${needReconnect.length} accounts need`} reconnecting`}
        >
          <p>
            The platform refused Crowsnest’s credentials for {needReconnect.map((a) => a.name).join(', ')}. Posts to it
            are held, not lost: they publish once it is reconnected.{' '}
            {admin
              ? 'Use Reconnect on its row with fresh credentials.'
              : 'Ask an admin of this workspace to reconnect it.'}
          </p>
        </Alert>
      )}
      <Card flush>
        <ListState
          query={list}
          empty={
            <EmptyState
              icon={<Share2 />}
              title="No accounts yet"
              description={
                <>
                  An account is somewhere Crowsnest publishes for you: a Mastodon or Bluesky account, or a webhook that
                  receives each post as JSON. Connect one, then write a post and pick it as a target.
                  {!admin && ' Ask an admin of this workspace to connect one.'}
                </>
              }
              action={connectButton}
            />
          }
        >
          {(accounts) => (
            <AccountsTable
              accounts={accounts}
              admin={admin}
              onReconnect={(account) => setIntent({ reconnect: account })}
              onDisconnect={setRemoving}
              queueHref={(account) => `/w/${workspace.id}/accounts/${account.id}/queue`}
              onPause={(account, status) =>
                setStatus.mutate(
                  { accountId: account.id, status },
                  {
                    onSuccess: () =>
                      toast({
                        title: status === 'disabled' ? `Paused ${account.name}` : `Resumed ${account.name}`,
                        description:
                          status === 'disabled'
                            ? 'Its scheduled posts are held until you resume it.'
                            : 'Its held posts are scheduled again; those whose time passed go out within a minute.',
                      }),
                    onError: (error) =>
                      toast({ title: 'Could not change it', description: error.message, tone: 'danger' }),
                  },
                )
              }
            />
          )}
        </ListState>
        <LoadMore {...more} />
      </Card>
      {admin && <ConnectAccountDialog intent={intent} onClose={() => setIntent(null)} />}
      <ConfirmDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title={`Disconnect “${removing?.name ?? ''}”?`}
        confirmLabel="Disconnect"
        onConfirm={async () => {
          if (!removing) return;
          try {
            await disconnect.mutateAsync(removing.id);
          } catch (error) {
            if (error instanceof ApiError && error.status === 409) {
              throw new Error(
                `Posts are waiting to publish to ${removing.name}. Move them to drafts, delete them, or let them publish first; then disconnect it.`,
              );
            }
            throw error;
          }
          toast({ title: `Disconnected ${removing.name}` });
        }}
      >
        Crowsnest forgets its credentials and stops publishing to it. What was already published stays where it is.
      </ConfirmDialog>
    </>
  );
}
