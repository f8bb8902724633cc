import { Link } from 'react-router';
import type { Account } from '../../api/types';
import { Button, buttonClasses } from '../../components/button';
import { Table, TBody, Td, THead, Th, Tr } from '../../components/table';
import { dateTime, timeAgo } from '../../lib/format';
import { platformIcon, platformLabel } from '../../lib/publish-platforms';
import { AccountStatusBadge } from './account-status';

/** The accounts with their platform, handle and state; the reason whenever one is not well. */
export function AccountsTable({
  accounts,
  admin,
  onReconnect,
  onDisconnect,
  onPause,
  queueHref,
}: {
  accounts: Account[];
  admin: boolean;
  onReconnect: (account: Account) => void;
  onDisconnect: (account: Account) => void;
  /** Pauses an active account, resumes a paused one. */
  onPause: (account: Account, status: 'disabled' | 'active') => void;
  queueHref: (account: Account) => string;
}) {
  return (
    <Table label="Accounts">
      <THead>
        <Th>Account</Th>
        <Th>Platform</Th>
        <Th>Status</Th>
        <Th>Connected</Th>
        <Th>
          <span className="sr-only">Actions</span>
        </Th>
      </THead>
      <TBody>
        {accounts.map((account) => {
          const Icon = platformIcon(account.platform);
          return (
            <Tr key={account.id}>
              <Td>
                <Link
                  to={account.id}
                  className="font-medium text-zinc-900 hover:underline focus-visible:outline-2 focus-visible:outline-accent-600"
                >
                  {account.name}
                </Link>
                <p className="text-xs text-zinc-500">{account.handle}</p>
              </Td>
              <Td>
                <span className="inline-flex items-center gap-1.5">
                  <Icon className="size-4 text-zinc-500" aria-hidden />
                  {platformLabel(account.platform)}
                </span>
              </Td>
              <Td>
                <AccountStatusBadge status={account.status} />
                {account.statusReason && account.status !== 'active' && (
                  <p className="mt-1 max-w-sm text-xs text-red-700">{account.statusReason}</p>
                )}
              </Td>
              <Td className="whitespace-nowrap text-zinc-500" title={dateTime(account.createdAt)}>
                {timeAgo(account.createdAt)}
              </Td>
              <Td className="text-right whitespace-nowrap">
                <Link to={queueHref(account)} className={buttonClasses('ghost', 'sm')}>
                  Queue<span className="sr-only"> of {account.name}</span>
                </Link>
                {admin && account.status === 'reauth_required' && (
                  <Button size="sm" variant="primary" onClick={() => onReconnect(account)}>
                    Reconnect<span className="sr-only"> {account.name}</span>
                  </Button>
                )}
                {admin && account.status !== 'reauth_required' && (
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => onPause(account, account.status === 'active' ? 'disabled' : 'active')}
                  >
                    {account.status === 'active' ? 'Pause' : 'Resume'}
                    <span className="sr-only"> {account.name}</span>
                  </Button>
                )}
                {admin && (
                  <Button
                    size="sm"
                    variant="ghost"
                    className="ml-1 text-red-600 hover:bg-red-50"
                    onClick={() => onDisconnect(account)}
                  >
                    Disconnect<span className="sr-only"> {account.name}</span>
                  </Button>
                )}
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
