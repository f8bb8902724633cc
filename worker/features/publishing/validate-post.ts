import { platformLabel, platformSpec } from '../../connectors/platforms';
import { type FieldError, UnprocessableFields, ValidationFailed } from '../../core/http/errors';
import type { SocialAccount } from '../../db/schema/social-accounts';
import { altTextProblems, partMediaProblems } from '../../lib/media-rules';
import { postLength } from '../../lib/post-length';
import type { PartsMedia } from './post-media';

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

/**
 * What would stop each target from publishing a part's files (counts, types, sizes, length,
 * shape: its account's limits), at `targets[i].mediaIds` for the body's and
 * `targets[i].thread[j].mediaIds` for a reply's, so each complaint names its target and part.
 */
export function targetMediaProblems(
  targets: readonly TargetDraft[],
  accounts: ReadonlyMap<string, SocialAccount>,
  parts: PartsMedia,
): FieldError[] {
  const problems: FieldError[] = [];
  for (const [i, target] of targets.entries()) {
    const account = accounts.get(target.accountId);
    if (!account) continue;
    const label = `${platformLabel(account.platform)} (${account.handle})`;
    for (const [j, files] of parts.entries()) {
      const path = j === 0 ? `targets[${i}].mediaIds` : `targets[${i}].thread[${j - 1}].mediaIds`;
      for (const message of partMediaProblems(label, files, account.limits)) problems.push({ path, message });
    }
  }
  return problems;
}

export interface PostToCheck {
  body: string;
  thread: readonly { body: string }[];
  targets: readonly TargetDraft[];
  accounts: ReadonlyMap<string, SocialAccount>;
  media: PartsMedia;
  /** Whether it is being scheduled or published now: a draft's files are not checked yet. */
  scheduling: boolean;
  /** The workspace's rule that every file carries alt text. */
  requireAltText: boolean;
}

/**
 * Refuses a post some target could not publish, with every reason at once: its text as
 * today (400), and, once it is scheduled, its files (422, as unusable input is).
 */
export function assertPublishable(post: PostToCheck): void {
  const problems = targetProblems(post.body, post.thread, post.targets, post.accounts);
  const media = post.scheduling ? targetMediaProblems(post.targets, post.accounts, post.media) : [];
  if (post.scheduling && post.requireAltText) {
    media.push(
      ...altTextProblems(
        post.media.map((files, j) => ({ path: j === 0 ? 'mediaIds' : `thread[${j - 1}].mediaIds`, files })),
      ),
    );
  }
  const detail = 'Some targets cannot take this post as it is.';
  if (media.length > 0) throw new UnprocessableFields([...problems, ...media], detail);
  if (problems.length > 0) throw new ValidationFailed(problems, detail);
}
