import { platformLabel, platformSpec } from '../../connectors/platforms';
import type { FieldError } from '../../core/http/errors';
import type { SocialAccount } from '../../db/schema/social-accounts';
import { postLength } from '../../lib/post-length';

export interface TargetDraft {
  accountId: string;
  body?: string | undefined;
}

/**
 * What would stop each target from publishing, found now rather than at publish time: its text
 * (and every part of a thread) within the account's own limits, counted as its platform counts,
 * and a thread only where the platform has threads. One field error per problem, by path.
 */
export function targetProblems(
  body: string,
  thread: readonly { body: string }[],
  targets: readonly TargetDraft[],
  accounts: ReadonlyMap<string, SocialAccount>,
): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  for (const [i, target] of targets.entries()) {
    const path = `targets[${i}]`;
    const account = accounts.get(target.accountId);
    if (!account) {
      problems.push({ path: `${path}.accountId`, message: 'No such account in this workspace.' });
      continue;
    }
    if (seen.has(account.id))
      problems.push({ path: `${path}.accountId`, message: 'This account is a target already.' });
    seen.add(account.id);
    const label = `${platformLabel(account.platform)} (${account.handle})`;
    if (thread.length > 0 && !platformSpec(account.platform)?.publish?.threads) {
      problems.push({ path: `${path}.accountId`, message: `${label} does not take threads.` });
    }
    const { limits } = account;
    const parts = [{ path: target.body === undefined ? 'body' : `${path}.body`, text: target.body ?? body }].concat(
      thread.map((part, j) => ({ path: `thread[${j}].body`, text: part.body })),
    );
    for (const part of parts) {
      const length = postLength(part.text, limits);
      if (length > limits.maxChars) {
        problems.push({
          path: part.path,
          message: `${label} takes at most ${limits.maxChars} ${limits.countsBy === 'graphemes' ? 'characters (graphemes)' : 'characters'}; this is ${length}.`,
        });
      }
    }
  }
  return problems;
}
