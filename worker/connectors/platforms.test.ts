import { describe, expect, it } from 'vitest';
import {
  countHashtags,
  GENERATION_PLATFORMS,
  graphemeCount,
  isSourceType,
  limitProblems,
  PLATFORM_LIMITS,
  platformLabel,
  platformSpec,
  sourceTypeSpec,
} from './platforms';

describe('the platform registry', () => {
  it('finds a platform by a stored or queried id, and nothing for an unknown one', () => {
    expect(platformSpec('mastodon')?.label).toBe('Mastodon');
    expect(platformLabel('trends')).toBe('Google Trends');
    expect(platformSpec('myspace')).toBeUndefined();
    expect(platformLabel('myspace')).toBe('myspace');
  });

  it('knows which platform each source type reads, and which strings are source types', () => {
    expect(sourceTypeSpec('feed')).toMatchObject({ platform: 'feed', label: 'RSS / Atom feed' });
    expect(sourceTypeSpec('youtube').platform).toBe('youtube');
    expect(isSourceType('reddit')).toBe(true);
    // A platform in the registry is not a source type until something reads it.
    expect(isSourceType('mastodon')).toBe(false);
    expect(isSourceType('blog')).toBe(false);
  });

  it('writes for a platform under the name of what is written: YouTube is its description', () => {
    expect(PLATFORM_LIMITS.youtube.label).toBe('YouTube (description)');
    expect(platformLabel('youtube')).toBe('YouTube');
    for (const id of GENERATION_PLATFORMS) expect(platformSpec(id)?.post, id).not.toBeNull();
  });

  it('keeps the documented media counts the publishers will check', () => {
    expect(platformSpec('bluesky')?.post).toMatchObject({ maxLength: 300, maxImages: 4 });
    expect(platformSpec('mastodon')?.post).toMatchObject({ maxLength: 500, maxImages: 4 });
    expect(platformSpec('x')?.post).toMatchObject({ maxLength: 280, maxImages: 4 });
    // Mastodon is a posting target, but not (yet) a platform AI writing offers: the API's list is unchanged.
    expect(GENERATION_PLATFORMS).not.toContain('mastodon');
  });
});

describe('platform limits', () => {
  it('counts graphemes, not UTF-16 units: a family emoji is one', () => {
    expect(graphemeCount('👨‍👩‍👧‍👦')).toBe(1);
    expect(graphemeCount('café')).toBe(4);
    expect('👨‍👩‍👧‍👦'.length).toBe(11);
  });

  it('Bluesky allows 300 graphemes and no more', () => {
    expect(limitProblems('a'.repeat(300), 'bluesky')).toEqual([]);
    expect(limitProblems('a'.repeat(301), 'bluesky')).toEqual(['301 characters; Bluesky allows 300']);
    // 300 emoji are 300 graphemes but 600+ UTF-16 units: still fine.
    expect(limitProblems('🦅'.repeat(300), 'bluesky')).toEqual([]);
  });

  it('X 280, Threads 500, LinkedIn 3,000', () => {
    expect(limitProblems('a'.repeat(281), 'x')).toHaveLength(1);
    expect(limitProblems('a'.repeat(500), 'threads')).toEqual([]);
    expect(limitProblems('a'.repeat(3001), 'linkedin')).toHaveLength(1);
  });

  it('Instagram allows 2,200 characters and at most 30 hashtags', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => `#tag${i}x`).join(' ');
    expect(countHashtags(thirty)).toBe(30);
    expect(limitProblems(thirty, 'instagram')).toEqual([]);
    expect(limitProblems(`${thirty} #one_more`, 'instagram')).toEqual(['31 hashtags; Instagram allows 30']);
    expect(limitProblems('a'.repeat(2201), 'instagram')).toEqual(['2201 characters; Instagram allows 2200']);
  });

  it('does not count anchors, numbers or entities as hashtags', () => {
    expect(countHashtags('page.html#section, issue #42, &#39; and #café #ok')).toBe(2);
  });

  it('long-form has no length limit but must not be empty', () => {
    expect(limitProblems('a'.repeat(50_000), 'blog')).toEqual([]);
    expect(limitProblems('  ', 'newsletter')).toEqual(['empty']);
  });
});
