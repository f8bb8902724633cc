import type { Account } from '../../api/types';
import { cn } from '../../lib/cn';
import { platformIcon, platformLabel } from '../../lib/publish-platforms';

/** The accounts as checkboxes; one that needs reconnecting can be chosen, its posts wait for it. */
export function TargetPicker({
  accounts,
  chosen,
  onToggle,
}: {
  accounts: Account[];
  chosen: string[];
  onToggle: (accountId: string) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-zinc-800">Publish to</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {accounts.map((account) => {
          const Icon = platformIcon(account.platform);
          const selected = chosen.includes(account.id);
          return (
            <label
              key={account.id}
              className={cn(
                'flex cursor-pointer items-center gap-3 rounded-lg p-3 ring-1',
                'has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-600',
                selected ? 'bg-accent-50 ring-2 ring-accent-600' : 'bg-white ring-zinc-200 hover:bg-zinc-50',
              )}
            >
              <input
                type="checkbox"
                className="size-4 accent-accent-600"
                checked={selected}
                onChange={() => onToggle(account.id)}
              />
              <Icon className="size-4 shrink-0 text-zinc-500" aria-hidden />
              <span className="min-w-0">
                <span className="block truncate text-sm font-medium text-zinc-900">{account.name}</span>
                <span className="block truncate text-xs text-zinc-600">
                  {platformLabel(account.platform)} · {account.handle}
                  {account.status !== 'active' && ' · needs reconnecting'}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
