import { env } from 'cloudflare:workers';

/** A fresh AppView of the fixture server (BLUESKY_APPVIEW_BASE), with posts and a profile a test sets. */
export function appViewInstance() {
  const url = `${env.FIXTURE_ORIGIN}/appview/${crypto.randomUUID()}`;
  return {
    url,
    /** Posts by at-uri with their counts (null: the post is gone), and the profile's counts. */
    control: async (settings: {
      posts?: Record<string, Partial<Record<'likeCount' | 'repostCount' | 'replyCount' | 'quoteCount', number>> | null>;
      profile?: Partial<Record<'followersCount' | 'followsCount' | 'postsCount', number>>;
    }) => {
      await fetch(`${url}/__control`, { method: 'POST', body: JSON.stringify(settings) });
    },
  };
}
