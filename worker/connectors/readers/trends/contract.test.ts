/**
 * Trends feed parsing against recorded real feeds (../shared/corpora/api-samples/
 * google-trends-rss), each with the expectation recorded beside it (`<name>.expected.json`).
 * Runs in `npm test` (the fixture server reads the samples) and in plain Node
 * (npx vitest run --root worker/connectors/readers contract); skipped, saying so, without the folder.
 */
import { describe, expect } from 'vitest';
import { eachRecordedSample, expectSaneItems, type Sample } from '../../../../test/reader-contract';
import { approxTraffic, parseTrends } from './parse-rss';

const SERVICE = 'google-trends-rss';

interface Expected {
  channel: { title: string; link: string };
  item_count: number;
  items: { title: string; approx_traffic: string; news: { title: string; url: string; source: string }[] }[];
}

function check({ name, text }: Sample, all: Sample[]): void {
  const feed = parseTrends(text, 'https://trends.google.com/trending/rss?geo=US', 'US');
  expectSaneItems(feed.items, 'trends');
  const recorded = all.find((s) => s.name === name.replace(/\.xml$/, '.expected.json'));
  if (!recorded) throw new Error(`${name}: no expectation recorded beside it`);
  const expected = JSON.parse(recorded.text) as Expected;
  expect(feed.source).toEqual({ title: expected.channel.title, url: expected.channel.link });
  expect(feed.items).toHaveLength(expected.item_count);
  for (const [index, want] of expected.items.entries()) {
    const item = feed.items[index];
    expect(item?.title).toBe(want.title);
    expect(item?.metrics.views).toBe(approxTraffic(want.approx_traffic));
    expect(item?.metrics.views).toBeGreaterThan(0);
    // The expectation keeps one level of Google's double escaping (`&amp;` in URLs); we undo both.
    const news = want.news.map((n) => ({ ...n, url: n.url.replaceAll('&amp;', '&') }));
    expect(item?.extra.news).toEqual(news.map((n) => expect.objectContaining(n)));
  }
}

describe(`trends feed parsing on recorded real feeds (${SERVICE})`, async () => {
  await eachRecordedSample(SERVICE, check, (name) => name.endsWith('.xml'));
});
