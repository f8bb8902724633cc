import type { Account, Post } from '../../api/types';

/** The first line of a post, shortened for lists and calendar cells. */
export function excerpt(post: Pick<Post, 'body'>, length = 80): string {
  const line = post.body.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}

/** Where a post goes, by account name (an account since removed by its id). */
export function targetNames(post: Post, accounts: readonly Account[]): string {
  return post.targets.map((t) => accounts.find((a) => a.id === t.accountId)?.name ?? t.accountId).join(', ');
}
