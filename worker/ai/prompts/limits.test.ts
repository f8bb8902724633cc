import { describe, expect, it } from 'vitest';
import { fixedParts, missingParts, platformLimits, type WriteLimits, writeProblems } from './limits';

const MASTODON: WriteLimits = {
  label: 'Mastodon',
  maxLength: 30,
  maxHashtags: null,
  countsBy: 'characters',
  urlLength: 23,
};

describe('write limits', () => {
  it('count as the platform counts: graphemes on Bluesky, links as 23 on Mastodon', () => {
    const link = `https://example.com/${'a'.repeat(60)}`;
    expect(writeProblems(`see ${link}`, MASTODON)).toEqual([]);
    expect(writeProblems(`see it here ${link}`, MASTODON)).toEqual(['35 characters; Mastodon allows 30']);
    expect(writeProblems('🦜'.repeat(300), platformLimits('bluesky'))).toEqual([]);
    expect(writeProblems('🦜'.repeat(301), platformLimits('bluesky'))).toEqual(['301 characters; Bluesky allows 300']);
  });

  it('find the links and mentions a text must keep, and its hashtags when asked', () => {
    const text = 'Rye is back: https://bakery.example/rye, thanks @miller.bsky.social and @jo@social.example #rye';
    expect(fixedParts(text, false)).toEqual([
      'https://bakery.example/rye',
      '@miller.bsky.social',
      '@jo@social.example',
    ]);
    expect(fixedParts(text, true)).toContain('#rye');
  });

  it('see a handle or tag only whole, in any case, and a link only exactly', () => {
    const parts = ['https://bakery.example/rye', '@jane', '#rye'];
    expect(missingParts('@Jane loves #RYE at https://bakery.example/rye.', parts)).toEqual([]);
    expect(missingParts('@janet loves #ryebread at https://bakery.example/ryes', parts)).toEqual(parts);
    expect(missingParts('@jane #rye https://bakery.example/', parts)).toEqual(['https://bakery.example/rye']);
  });
});
