import { postLength } from '../../../../worker/contracts';
import type { Account, PostCreate } from '../../api/types';
import { takesThreads } from '../../lib/publish-platforms';

/** What the composer holds while you write. */
export interface Draft {
  body: string;
  /** The chosen accounts, in the order they were chosen. */
  targets: string[];
  /** A text of its own for an account, instead of the body. */
  overrides: Record<string, string>;
  /** The parts after the first, for platforms with threads. */
  thread: string[];
  /** A datetime-local value, in the browser's time zone. */
  scheduleAt: string;
}

export const EMPTY_DRAFT: Draft = { body: '', targets: [], overrides: {}, thread: [], scheduleAt: '' };

/** How long `text` is for `account`, and whether it fits. */
export function measure(text: string, account: Account): { length: number; max: number; over: boolean } {
  const length = postLength(text, account.limits);
  return { length, max: account.limits.maxChars, over: length > account.limits.maxChars };
}

/** The text an account will get as its first part. */
export function textFor(draft: Draft, accountId: string): string {
  return draft.overrides[accountId] ?? draft.body;
}

/** Chosen accounts that cannot take a thread (a thread to them would be refused). */
export function threadless(accounts: Account[]): Account[] {
  return accounts.filter((account) => !takesThreads(account.platform));
}

/** The API's body for a draft; `when` adds publishNow, scheduledAt or queue (the first free posting time). */
export function toCreateBody(
  draft: Draft,
  when: { publishNow: true } | { scheduledAt: string } | { queue: true } | null,
): PostCreate {
  return {
    body: draft.body,
    targets: draft.targets.map((accountId) => {
      const override = draft.overrides[accountId];
      return override === undefined ? { accountId } : { accountId, body: override };
    }),
    ...(draft.thread.length > 0 ? { thread: draft.thread.map((body) => ({ body })) } : {}),
    ...(when ?? {}),
  };
}

/**
 * Where a server complaint belongs. Paths come as the validator writes them
 * (`targets[1].body`) or as zod does (`targets.1.body`); a target's index is turned into its
 * account, so the complaint shows on that account's card.
 */
export type ErrorPlace =
  | { at: 'body' }
  | { at: 'thread'; index: number }
  | { at: 'schedule' }
  | { at: 'target'; accountId: string }
  | { at: 'form' };

export function placeOf(path: string, sentTargets: readonly string[]): ErrorPlace {
  const parts = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const [head, index] = parts;
  if (head === 'body') return { at: 'body' };
  if (head === 'scheduledAt' || head === 'publishNow' || head === 'queue') return { at: 'schedule' };
  if (head === 'thread' && index !== undefined) return { at: 'thread', index: Number(index) };
  if (head === 'targets' && index !== undefined) {
    const accountId = sentTargets[Number(index)];
    if (accountId) return { at: 'target', accountId };
  }
  return { at: 'form' };
}

/** Server complaints sorted by where they show: keys `body`, `schedule`, `thread.N`, `target.<id>`, `form`. */
export function sortErrors(
  errors: readonly { path: string; message: string }[],
  sentTargets: readonly string[],
): Record<string, string[]> {
  const sorted: Record<string, string[]> = {};
  for (const error of errors) {
    const place = placeOf(error.path, sentTargets);
    const key =
      place.at === 'thread' ? `thread.${place.index}` : place.at === 'target' ? `target.${place.accountId}` : place.at;
    sorted[key] = [...(sorted[key] ?? []), error.message];
  }
  return sorted;
}
