/**
 * Listing parsing against recorded real answers (../shared/corpora/api-samples/reddit).
 * Runs in Node: npx vitest run --root worker/connectors/readers contract
 */
import { describe, expect } from 'vitest';
import { eachRecordedSample, expectSaneItems, type Sample } from '../../../../test/reader-contract';
import { parseListing } from './parse-listing';

const SERVICE = 'reddit';

interface Child {
  kind: string;
  data: { name: string; score: number; num_comments: number; created_utc: number };
}

function check({ name, text }: Sample): void {
  const json = JSON.parse(text) as { data: { children: Child[] } };
  const posts = json.data.children.filter((child) => child.kind === 't3').map((child) => child.data);
  const items = parseListing(json);
  expectSaneItems(items);
  expect(items, name).toHaveLength(posts.length);
  for (const [index, post] of posts.entries()) {
    const item = items[index];
    expect(item?.externalId).toBe(post.name);
    expect(item?.metrics).toMatchObject({ score: post.score, comments: post.num_comments });
    expect(item?.publishedAt).toBe(new Date(post.created_utc * 1000).toISOString());
    expect(item?.url).toMatch(/^https:\/\/www\.reddit\.com\/r\/\w+\/comments\//);
  }
}

describe(`reddit listing parsing on recorded real answers (${SERVICE})`, () => {
  eachRecordedSample(SERVICE, check);
});
