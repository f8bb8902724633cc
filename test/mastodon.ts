import { env } from 'cloudflare:workers';

export { MASTODON_TOKEN } from './fixture-server/mastodon-token';

/** A fresh instance of the fixture server's Mastodon, with its own statuses and settings. */
export function mastodonInstance() {
  const url = `${env.FIXTURE_ORIGIN}/mastodon/${crypto.randomUUID()}`;
  return {
    url,
    /** Steers the server: rate-limit the next requests, drop the next answer, change its limits. */
    control: async (settings: {
      rateLimit?: { times: number; resetInSeconds: number };
      /** Create the next status, then never answer. */
      dropNextAnswer?: boolean;
      statuses?: Record<string, number> | null;
      mediaAttachments?: Record<string, number | string[]> | null;
      /** Uploads answer 202 and stay processing for this many polls. */
      mediaProcessing?: number;
      faults?: { seed: number; tooMany: number; serverError: number; slow: number; dropped: number };
      /** Counts to set on statuses by id (`favourites_count`…) and on the account (`followers_count`…). */
      statusCounts?: Record<string, Record<string, number>>;
      accountCounts?: Record<string, number>;
    }) => {
      await fetch(`${url}/__control`, { method: 'POST', body: JSON.stringify(settings) });
    },
    /** What the server has created, oldest first. */
    created: async () =>
      (await (await fetch(`${url}/__created`)).json()) as {
        count: number;
        statuses: {
          id: string;
          content: string;
          in_reply_to_id: string | null;
          media_attachments: { id: string; type: string; url: string | null; description: string | null }[];
        }[];
        /** Every upload, attached or not. */
        media: { id: string; contentType: string; description: string | null; bytes: number; sha256: string }[];
        requests: number;
        faulted: { tooMany: number; serverError: number; slow: number; dropped: number };
      },
  };
}
