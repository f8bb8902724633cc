/**
 * A Mastodon account's numbers: `GET /api/v1/statuses/:id` (favourites_count, reblogs_count,
 * replies_count, and quotes_count on servers that count quotes, 4.5 on) one status a request,
 * since the API has no call for many statuses' counts that a plain token may use; and
 * `GET /api/v1/accounts/verify_credentials` (followers_count, following_count, statuses_count).
 * A 404 for a status means it was deleted: `'gone'`.
 * https://docs.joinmastodon.org/methods/statuses/#get , https://docs.joinmastodon.org/entities/Status/
 */
import { z } from 'zod';
import { NotFound } from '../../core/outbound/errors';
import { mastodonCall } from './mastodon-api';
import type { AccountSession, Audience, PostNumbers, PostNumbersById } from './publisher';

const Count = z.number().int().nonnegative().nullable().optional().catch(null);
const StatusCounts = z.object({
  id: z.string(),
  favourites_count: Count,
  reblogs_count: Count,
  replies_count: Count,
  quotes_count: Count,
});
const AccountCounts = z.object({ followers_count: Count, following_count: Count, statuses_count: Count });

const orNull = (value: number | null | undefined) => value ?? null;
const token = (account: AccountSession) => account.credentials.accessToken ?? '';

/** Status ids are digits on Mastodon, letters and digits on forks (Pleroma); nothing else reaches the path. */
const STATUS_ID = /^[A-Za-z0-9]{1,64}$/;

async function statusNumbers(env: Env, account: AccountSession, id: string): Promise<PostNumbers | 'gone'> {
  if (!STATUS_ID.test(id)) return 'gone';
  try {
    const status = await mastodonCall(env, account.serviceUrl, `/api/v1/statuses/${id}`, StatusCounts, {
      token: token(account),
    });
    return {
      likes: orNull(status.favourites_count),
      reposts: orNull(status.reblogs_count),
      replies: orNull(status.replies_count),
      quotes: orNull(status.quotes_count),
    };
  } catch (error) {
    if (error instanceof NotFound) return 'gone';
    throw error;
  }
}

/** The numbers of the given statuses, one request each (callers give one at a time: `metricsPage`). */
export async function mastodonPostNumbers(
  env: Env,
  account: AccountSession,
  ids: readonly string[],
): Promise<PostNumbersById> {
  const numbers = new Map<string, PostNumbers | 'gone'>();
  for (const id of ids) numbers.set(id, await statusNumbers(env, account, id));
  return numbers;
}

/** The account's followers, follows and statuses, as the token's owner sees them. */
export async function mastodonAudience(env: Env, account: AccountSession): Promise<Audience> {
  const me = await mastodonCall(env, account.serviceUrl, '/api/v1/accounts/verify_credentials', AccountCounts, {
    token: token(account),
  });
  return {
    followers: orNull(me.followers_count),
    following: orNull(me.following_count),
    posts: orNull(me.statuses_count),
  };
}
