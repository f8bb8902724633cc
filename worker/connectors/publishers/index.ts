import type { RatePolicy } from '../../../durable-objects/rate-limiter';
import type { PublishPlatform } from '../platforms';
import { bluesky } from './bluesky';
import { mastodon } from './mastodon';
import type { Connected, ConnectInput, Publisher } from './publisher';
import { webhook } from './webhook';

/** The publisher of every publish platform; the compiler checks none is missing. */
const PUBLISHERS: { readonly [P in PublishPlatform]: Publisher<P> } = {
  bluesky,
  mastodon,
  webhook,
};

/**
 * Writes an account may make, per platform, enforced per account by the RateLimiter:
 *   Bluesky: 5,000 write points an hour, a created record costing 3 (docs.bsky.app, "Rate Limits"),
 *            so about 1,666 posts an hour;
 *   Mastodon: 300 requests per 5 minutes per account (docs.joinmastodon.org, "Rate limits");
 *   webhook: a pace a small receiver takes, 60 a minute.
 */
export const PUBLISH_BUDGETS: { readonly [P in PublishPlatform]: RatePolicy } = {
  bluesky: { limit: 1666, periodSeconds: 3600 },
  mastodon: { limit: 300, periodSeconds: 300 },
  webhook: { limit: 60, periodSeconds: 60 },
};

export function isPublishPlatform(value: string): value is PublishPlatform {
  return value in PUBLISHERS;
}

/** The publisher of a stored account's platform. */
export function publisherFor(platform: string): Publisher {
  if (!isPublishPlatform(platform)) throw new Error(`No publisher for platform "${platform}".`);
  return PUBLISHERS[platform] as Publisher;
}

/** Connects an account through its platform's publisher. */
export function connectAccount(env: Env, input: ConnectInput): Promise<Connected> {
  return (publisherFor(input.platform).connect as (env: Env, input: ConnectInput) => Promise<Connected>)(env, input);
}
