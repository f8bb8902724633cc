/**
 * The YouTube Data API v3 calls the reader makes, with their quota cost (10,000 units a day
 * per project by default): channels.list and videos.list cost 1 unit a call, search.list 100.
 * A channel read with a key costs 2 units, a search 101.
 */
import { endpoint, fetchFrom, jsonOf, type SourceDetails } from '../platform-common';
import type { ReaderContext } from '../reader';
import type { ReadItem } from '../types';
import { youtubeApi } from './errors';
import { parseChannel, parseSearch, parseVideos } from './parse-api';

/** videos.list takes at most 50 ids a call. */
const BATCH = 50;

export interface DataApi {
  channel(channelId: string): Promise<SourceDetails | null>;
  videos(ids: readonly string[]): Promise<Map<string, ReadItem>>;
  search(query: string): Promise<ReadItem[]>;
}

export function dataApi(ctx: Pick<ReaderContext, 'env' | 'fetch'>, key: string): DataApi {
  // Quotas are counted per key (per Google Cloud project): one spent key holds back only itself.
  const service = { ...youtubeApi, scope: key };
  const get = async (resource: string, params: Record<string, string>) => {
    const url = endpoint(ctx.env.YOUTUBE_API_BASE, `/${resource}`, { ...params, key });
    return jsonOf(await fetchFrom(ctx, service, url, { accept: 'application/json' }), service);
  };
  return {
    channel: async (channelId) => parseChannel(await get('channels', { part: 'snippet,statistics', id: channelId })),
    async videos(ids) {
      const found = new Map<string, ReadItem>();
      for (let start = 0; start < ids.length; start += BATCH) {
        const batch = ids.slice(start, start + BATCH);
        const json = await get('videos', {
          part: 'snippet,statistics,contentDetails',
          id: batch.join(','),
          maxResults: String(BATCH),
        });
        for (const [id, item] of parseVideos(json)) found.set(id, item);
      }
      return found;
    },
    // One page of the 50 most relevant: what a person searching YouTube would see first.
    search: async (query) =>
      parseSearch(await get('search', { part: 'snippet', type: 'video', q: query, maxResults: '50' })),
  };
}
