/**
 * Bluesky: an account's posts (app.bsky.feed.getAuthorFeed) or a post search
 * (app.bsky.feed.searchPosts) from the public AppView, no account needed, with like, repost,
 * reply and quote counts. One page of 100: the public AppView refuses a search cursor
 * without an account, and a source re-reads often enough to keep up.
 */
import { ConnectorError } from '../../../core/outbound/errors';
import { endpoint, fetchFrom, jsonOf, queryIdentity, type SourceDetails, sourceRead } from '../platform-common';
import type { Reader, ReaderContext, SourceRead } from '../reader';
import { actorLabel, type BlueskyConfig, blueskyConfig } from './config';
import { authorFeed, postSearch } from './errors';
import { displayName, parseAuthorFeed, parseSearchPosts } from './parse-posts';

const xrpc = (ctx: ReaderContext, nsid: string, params: Record<string, string>) =>
  endpoint(ctx.env.BLUESKY_APPVIEW_BASE, `/xrpc/${nsid}`, params);

/**
 * The account's own counters (app.bsky.actor.getProfile): followers make engagement per
 * follower possible. Optional: without them the read still stands.
 */
async function accountStats(ctx: ReaderContext, actor: string): Promise<Record<string, number> | undefined> {
  const service = authorFeed(actor);
  try {
    const url = xrpc(ctx, 'app.bsky.actor.getProfile', { actor });
    const profile = jsonOf(await fetchFrom(ctx, service, url, { accept: 'application/json' }), service) as Record<
      string,
      unknown
    >;
    const stats: Record<string, number> = {};
    for (const [name, value] of [
      ['followers', profile.followersCount],
      ['follows', profile.followsCount],
      ['posts', profile.postsCount],
    ] as const) {
      if (typeof value === 'number' && value >= 0) stats[name] = value;
    }
    return Object.keys(stats).length > 0 ? stats : undefined;
  } catch (error) {
    if (error instanceof ConnectorError) return undefined;
    throw error;
  }
}

async function readAccount(ctx: ReaderContext, actor: string): Promise<SourceRead> {
  const service = authorFeed(actor);
  // Their posts and their own threads; replies in others' threads are conversation, not content.
  const url = xrpc(ctx, 'app.bsky.feed.getAuthorFeed', { actor, limit: '100', filter: 'posts_and_author_threads' });
  const { items, authors } = parseAuthorFeed(
    jsonOf(await fetchFrom(ctx, service, url, { accept: 'application/json' }), service),
  );
  const self = authors.find((author) => author.did === actor || author.handle === actor);
  const handle = self?.handle ?? actor;
  const stats = await accountStats(ctx, actor);
  const source: SourceDetails = {
    title: self && displayName(self) ? `${displayName(self)} (@${handle})` : actorLabel(actor),
    url: `https://bsky.app/profile/${handle}`,
    imageUrl: self?.avatar ?? null,
    ...(stats ? { stats } : {}),
  };
  return sourceRead(items, source);
}

async function search(ctx: ReaderContext, query: string): Promise<SourceRead> {
  const url = xrpc(ctx, 'app.bsky.feed.searchPosts', { q: query, sort: 'latest', limit: '100' });
  const items = parseSearchPosts(
    jsonOf(await fetchFrom(ctx, postSearch, url, { accept: 'application/json' }), postSearch),
  );
  return sourceRead(items, {
    title: `Bluesky search: ${query}`,
    url: `https://bsky.app/search?q=${encodeURIComponent(query)}`,
  });
}

export const blueskyReader: Reader<BlueskyConfig> = {
  type: 'bluesky',
  platform: 'bluesky',
  config: blueskyConfig,
  identity: (config) =>
    'handle' in config ? `bluesky:actor:${config.handle}` : `bluesky:search:${queryIdentity(config.query)}`,
  defaultName: (config, about) =>
    'handle' in config
      ? about?.title?.trim() || `Bluesky: ${actorLabel(config.handle)}`
      : `Bluesky search: ${config.query}`,
  async validate() {
    // Handles and DIDs are checked by the config; whether the account exists, only a read tells.
  },
  read: (ctx, config) => ('handle' in config ? readAccount(ctx, config.handle) : search(ctx, config.query)),
};
