import { partMediaProblems, postLength } from '../../../../worker/contracts';
import type { Account, PostCreate } from '../../api/types';
import { platformLabel, takesThreads } from '../../lib/publish-platforms';
import type { MediaItem } from './use-media';

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
  /** Each part's files: the body's first, then one list per thread part. */
  media: MediaItem[][];
}

export const EMPTY_DRAFT: Draft = { body: '', targets: [], overrides: {}, thread: [], scheduleAt: '', media: [[]] };

/** The draft with a thread part removed, its files with it. */
export function withoutPart(draft: Draft, index: number): Pick<Draft, 'thread' | 'media'> {
  return {
    thread: draft.thread.filter((_, i) => i !== index),
    media: draft.media.filter((_, i) => i !== index + 1),
  };
}

/**
 * What the server would refuse of each part's files for `account`, as it says it (the same
 * rules, from worker/contracts): counts, mixing, types, sizes, pixels, length, shape.
 */
export function mediaProblems(account: Account, parts: readonly MediaItem[][]): string[] {
  const label = `${platformLabel(account.platform)} (${account.handle})`;
  const shown = takesThreads(account.platform) ? parts : parts.slice(0, 1);
  return shown.flatMap((files, index) =>
    partMediaProblems(
      label,
      files.map((file) => ({ ...file, contentType: file.type })),
      account.limits,
    ).map((message) => (shown.length > 1 ? `Part ${index + 1}: ${message}` : message)),
  );
}

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

const idsOf = (files: readonly MediaItem[] | undefined) => (files ?? []).map((file) => file.id);

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
    ...(idsOf(draft.media[0]).length > 0 ? { mediaIds: idsOf(draft.media[0]) } : {}),
    ...(draft.thread.length > 0
      ? {
          thread: draft.thread.map((body, i) => {
            const mediaIds = idsOf(draft.media[i + 1]);
            return mediaIds.length > 0 ? { body, mediaIds } : { body };
          }),
        }
      : {}),
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
  // The body's files (alt text the workspace requires) show with the body.
  if (head === 'body' || head === 'mediaIds') return { at: 'body' };
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
