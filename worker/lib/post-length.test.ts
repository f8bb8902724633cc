import { describe, expect, it } from 'vitest';
import { graphemeLength, postLength } from './post-length';

describe('postLength', () => {
  it('counts graphemes for Bluesky: a family emoji and an accented letter are one each', () => {
    expect(graphemeLength('👨‍👩‍👧 é')).toBe(3);
    expect(postLength('e\u0301', { countsBy: 'graphemes' })).toBe(1);
  });

  it('counts a link as 23 characters on Mastodon, whatever its length', () => {
    const link = `https://example.com/${'a'.repeat(100)}`;
    expect(postLength(`see ${link}`, { countsBy: 'characters', urlLength: 23 })).toBe(4 + 23);
    expect(postLength('a http://x.io b', { countsBy: 'characters', urlLength: 23 })).toBe(4 + 23);
    // A full stop after a link ends the sentence, not the link.
    expect(postLength('see https://example.com/page.', { countsBy: 'characters', urlLength: 10 })).toBe(4 + 10 + 1);
  });

  it('counts a remote mention by its local part on Mastodon', () => {
    expect(postLength('hi @jane@example.social!', { countsBy: 'characters' })).toBe('hi @jane!'.length);
    expect(postLength('mail me: a@b.example', { countsBy: 'characters' })).toBe('mail me: a@b.example'.length);
  });

  it('counts code points on Mastodon, so an astral emoji is one', () => {
    expect(postLength('🦜🦜', { countsBy: 'characters' })).toBe(2);
  });
});
