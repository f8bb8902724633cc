/**
 * A Bluesky account's numbers, from the AppView (BLUESKY_APPVIEW_BASE, public, no session):
 * `app.bsky.feed.getPosts` (at most 25 at-uris a call; the lexicon's maxLength) gives each
 * post's likeCount, repostCount, replyCount and quoteCount, and `app.bsky.actor.getProfile`
 * the account's followersCount, followsCount and postsCount. The PDS holds records, not counts.
 *
 * getPosts leaves out what it cannot show — a deleted post, a taken-down one, one not indexed
 * yet — without saying which, so a post missing from its answer is "no answer this time",
 * never "gone": collection asks again next hour, and the 30-day window ends it.
 */
import { z } from 'zod';
import type { ServiceErrors } from '../../core/outbound/http-errors';
import { xrpc, xrpcErrors } from './bluesky-xrpc';
import type { AccountSession, Audience, PostNumbers } from './publisher';

/** getPosts' limit of uris a call (app.bsky.feed.getPosts lexicon, `uris.maxLength`). */
export const GET_POSTS_MAX = 25;

const Count = z.number().int().nonnegative().nullable().optional().catch(null);
const PostView = z.object({
  uri: z.string(),
  likeCount: Count,
  repostCount: Count,
  replyCount: Count,
  quoteCount: Count,
});
const Posts = z.object({ posts: z.array(z.unknown()) });
const Profile = z.object({ followersCount: Count, followsCount: Count, postsCount: Count });

/**
 * The AppView's errors: XRPC's, but the calls carry no session of ours, so a 401 or 403 is the
 * AppView refusing anonymous reads for a while, not the account's session expiring.
 */
const appViewErrors = (doing: string): ServiceErrors => ({ ...xrpcErrors(doing), authenticated: false });

const orNull = (value: number | null | undefined) => value ?? null;

/** The numbers of up to 25 posts by at-uri; posts the AppView left out are absent. */
export async function blueskyPostNumbers(env: Env, uris: readonly string[]): Promise<Map<string, PostNumbers>> {
  if (uris.length > GET_POSTS_MAX) throw new Error(`getPosts takes at most ${GET_POSTS_MAX} uris.`);
  const numbers = new Map<string, PostNumbers>();
  if (uris.length === 0) return numbers;
  const call = {
    service: env.BLUESKY_APPVIEW_BASE,
    nsid: 'app.bsky.feed.getPosts',
    params: { uris },
    errors: appViewErrors('to show the posts’ numbers'),
  };
  const { posts } = await xrpc(env, call, Posts);
  for (const item of posts) {
    // One post in a shape the lexicon does not describe costs only that post's numbers.
    const post = PostView.safeParse(item).data;
    if (!post || !uris.includes(post.uri)) continue;
    numbers.set(post.uri, {
      likes: orNull(post.likeCount),
      reposts: orNull(post.repostCount),
      replies: orNull(post.replyCount),
      quotes: orNull(post.quoteCount),
    });
  }
  return numbers;
}

/** The account's followers, follows and posts, by its DID. */
export async function blueskyAudience(env: Env, account: AccountSession): Promise<Audience> {
  const call = {
    service: env.BLUESKY_APPVIEW_BASE,
    nsid: 'app.bsky.actor.getProfile',
    params: { actor: account.externalId },
    errors: appViewErrors('to show the profile'),
  };
  const profile = await xrpc(env, call, Profile);
  return {
    followers: orNull(profile.followersCount),
    following: orNull(profile.followsCount),
    posts: orNull(profile.postsCount),
  };
}
