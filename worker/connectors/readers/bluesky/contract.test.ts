/**
 * AppView parsing against recorded real answers (../shared/corpora/api-samples/bluesky).
 * Lexicon schemas are not answers and are left out; answers that carry no posts (a profile, a
 * follow list, bare records) must be refused as such, never half-read.
 * Runs in `npm test` (the fixture server reads the samples) and in plain Node
 * (npx vitest run --root worker/connectors/readers contract); skipped, saying so, without the folder.
 */
import { describe, expect } from 'vitest';
import { eachRecordedSample, expectSaneItems, type Sample } from '../../../../test/reader-contract';
import { Unavailable } from '../../../core/outbound/errors';
import { parseAuthorFeed, parseSearchPosts } from './parse-posts';

const SERVICE = 'bluesky';

interface View {
  uri: string;
  likeCount?: number;
  replyCount?: number;
  embed?: { $type: string; images?: unknown[] };
}
interface Answer {
  posts?: View[];
  feed?: { post: View; reason?: { $type: string } }[];
  uri?: string;
  author?: unknown;
  thread?: { post?: View };
}

function expectPostsMatch(views: View[], items: ReturnType<typeof parseSearchPosts>): void {
  expectSaneItems(items, 'bluesky');
  expect(items.map((item) => item.externalId)).toEqual(views.map((view) => view.uri));
  for (const [index, view] of views.entries()) {
    const item = items[index];
    expect(item?.url).toMatch(/^https:\/\/bsky\.app\/profile\/[^/]+\/post\/\w+$/);
    expect(item?.metrics.likes).toBe(view.likeCount);
    expect(item?.metrics.comments).toBe(view.replyCount);
    if (view.embed?.$type === 'app.bsky.embed.images#view')
      expect(item?.mediaUrls).toHaveLength(view.embed.images?.length ?? 0);
  }
}

function check({ name, text }: Sample): void {
  const json = JSON.parse(text) as Answer;
  if (json.feed) {
    const own = json.feed.filter((entry) => !entry.reason?.$type.endsWith('#reasonRepost'));
    expectPostsMatch(
      own.map((entry) => entry.post),
      parseAuthorFeed(json).items,
    );
  } else if (json.posts) {
    expectPostsMatch(json.posts, parseSearchPosts(json));
  } else if (json.uri && json.author) {
    expectPostsMatch([json as View], parseSearchPosts({ posts: [json] }));
  } else if (json.thread?.post) {
    expectPostsMatch([json.thread.post], parseSearchPosts({ posts: [json.thread.post] }));
  } else {
    expect(() => parseAuthorFeed(json), name).toThrow(Unavailable);
    expect(() => parseSearchPosts(json), name).toThrow(Unavailable);
  }
}

describe(`bluesky AppView parsing on recorded real answers (${SERVICE})`, async () => {
  await eachRecordedSample(SERVICE, check, (name) => !name.startsWith('lexicons__'));
});
