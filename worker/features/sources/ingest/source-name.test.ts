import { describe, expect, it } from 'vitest';
import { feedReader } from '../../../connectors/readers/feed-reader';
import { redditReader } from '../../../connectors/readers/reddit/reader';
import { trendsReader } from '../../../connectors/readers/trends/reader';
import { nameAfterRead } from './source-name';

const feed = { url: 'https://www.bakery.example/feed.xml' };

describe('nameAfterRead', () => {
  it("takes a feed's title over its host name, and follows the title when it changes", () => {
    const first = nameAfterRead(
      feedReader,
      { name: 'bakery.example', config: feed, details: null },
      { title: 'Journal' },
    );
    expect(first).toBe('Journal');
    expect(
      nameAfterRead(feedReader, { name: first, config: feed, details: { title: 'Journal' } }, { title: 'Bake notes' }),
    ).toBe('Bake notes');
  });

  it('keeps a name someone gave, and a name when the read says nothing of its title', () => {
    expect(
      nameAfterRead(
        feedReader,
        { name: 'Competitor', config: feed, details: { title: 'Journal' } },
        { title: 'Other' },
      ),
    ).toBe('Competitor');
    expect(nameAfterRead(feedReader, { name: 'Journal', config: feed, details: { title: 'Journal' } }, undefined)).toBe(
      'Journal',
    );
    expect(
      nameAfterRead(feedReader, { name: 'Journal', config: feed, details: { title: 'Journal' } }, { title: ' ' }),
    ).toBe('Journal');
  });

  it('keeps a default more specific than what the source calls itself', () => {
    const us = { geo: 'US' };
    expect(
      nameAfterRead(
        trendsReader,
        { name: 'Google Trends: United States', config: us, details: null },
        {
          title: 'Daily Search Trends',
        },
      ),
    ).toBe('Google Trends: United States');
    const hot = { subreddit: 'typescript', sort: 'hot' as const };
    expect(
      nameAfterRead(
        redditReader,
        { name: 'r/typescript (hot)', config: hot, details: null },
        { title: 'r/typescript' },
      ),
    ).toBe('r/typescript (hot)');
  });

  it('cuts a long title to the 100 characters a name may have', () => {
    const long = 'x'.repeat(150);
    expect(nameAfterRead(feedReader, { name: 'bakery.example', config: feed, details: null }, { title: long })).toBe(
      'x'.repeat(100),
    );
  });
});
