import type { Account } from '../../api/types';
import { cn } from '../../lib/cn';
import { measure } from './compose-state';

/** "123 / 500" for one account, red with how much is over once it does not fit. */
export function LengthCounter({ text, account, id }: { text: string; account: Account; id?: string }) {
  const { length, max, over } = measure(text, account);
  return (
    <span
      id={id}
      data-testid="length-counter"
      data-over={over || undefined}
      className={cn('text-xs tabular-nums', over ? 'font-semibold text-red-700' : 'text-zinc-500')}
    >
      {length} / {max}
      {over && ` — ${length - max} over`}
    </span>
  );
}

/** The body's counters, one per chosen account, each named. */
export function TargetCounters({ text, accounts, id }: { text: string; accounts: Account[]; id: string }) {
  if (accounts.length === 0) return null;
  return (
    <ul id={id} className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Length for each account">
      {accounts.map((account) => (
        <li key={account.id} className="text-xs text-zinc-600">
          {account.name}: <LengthCounter text={text} account={account} />
        </li>
      ))}
    </ul>
  );
}
