/**
 * Listing parsing against recorded real answers (../shared/corpora/api-samples/reddit);
 * the answers that are not listings (replies, submissions, errors, tokens) must be refused.
 * Runs in `npm test` (the fixture server reads the samples) and in plain Node
 * (npx vitest run --root worker/connectors/readers contract); skipped, saying so, without the folder.
 */
import { describe, expect } from 'vitest';
import { eachRecordedSample, expectSaneItems, type Sample } from '../../../../test/reader-contract';
import { Unavailable } from '../../../core/outbound/errors';
import { parseListing } from './parse-listing';

const SERVICE = 'reddit';

interface Child {
  kind: string;
  data: { name: string; score: number; num_comments: number; created_utc: number };
}

function check({ name, text }: Sample): void {
  const json = JSON.parse(text) as { kind?: string; data?: { children?: Child[] } };
  if (json.kind !== 'Listing' || !json.data?.children) {
    // A comment reply, a submission, an error or a token is not a listing: refused as such, never half-read.
    expect(() => parseListing(json), name).toThrow(Unavailable);
    return;
  }
  const posts = json.data.children.filter((child) => child.kind === 't3').map((child) => child.data);
  const items = parseListing(json);
  expectSaneItems(items, 'reddit');
  expect(items, name).toHaveLength(posts.length);
  for (const [index, post] of posts.entries()) {
    const item = items[index];
    expect(item?.externalId).toBe(post.name);
    expect(item?.metrics).toMatchObject({ score: post.score, comments: post.num_comments });
    expect(item?.publishedAt).toBe(new Date(post.created_utc * 1000).toISOString());
    expect(item?.url).toMatch(/^https:\/\/www\.reddit\.com\/r\/\w+\/comments\//);
  }
}

describe(`reddit listing parsing on recorded real answers (${SERVICE})`, async () => {
  await eachRecordedSample(SERVICE, check);
});
