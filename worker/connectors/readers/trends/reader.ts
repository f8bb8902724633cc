/**
 * Google Trends: the daily trending searches of a country, from the RSS feed Google has served
 * at /trending/rss since 2024 (the older /trends/trendingsearches/daily/rss answers 404 since
 * early 2025), with approximate search volumes and related news.
 */
import { endpoint, fetchFrom, notModifiedRead, type Service, sourceRead } from '../platform-common';
import type { Reader } from '../reader';
import { countryName, type TrendsConfig, trendsConfig } from './config';
import { parseTrends } from './parse-rss';

function trendsFeed(geo: string): Service {
  return {
    errors: {
      name: 'Google Trends',
      rules: [
        {
          status: [400, 404],
          kind: 'not_found',
          message: `Google Trends has no daily trending searches for ${countryName(geo)} (${geo}).`,
        },
      ],
    },
  };
}

export const trendsReader: Reader<TrendsConfig> = {
  type: 'trends',
  platform: 'trends',
  config: trendsConfig,
  identity: ({ geo }) => `trends:${geo}`,
  defaultName: ({ geo }) => `Google Trends: ${countryName(geo)}`,
  async validate() {
    // The code is checked by the config; whether Google has trends for it, only a read tells.
  },
  async read(ctx, { geo }) {
    const fetched = await fetchFrom(ctx, trendsFeed(geo), endpoint(ctx.env.TRENDS_BASE, '/trending/rss', { geo }), {
      accept: 'application/rss+xml, application/xml;q=0.9, */*;q=0.1',
      ...ctx.previous,
    });
    if (fetched.notModified) return notModifiedRead(ctx, fetched);
    const feed = parseTrends(fetched.text().text, fetched.url, geo);
    return sourceRead(feed.items, feed.source, fetched);
  },
};
