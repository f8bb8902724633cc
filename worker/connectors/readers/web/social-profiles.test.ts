import { describe, expect, it } from 'vitest';
import { socialProfile, uniqueProfiles, xProfileFromHandle } from './social-profiles';

describe('socialProfile', () => {
  it.each([
    [
      'https://www.instagram.com/harbour.bakery/',
      'instagram',
      'harbour.bakery',
      'https://www.instagram.com/harbour.bakery/',
    ],
    [
      'http://instagram.com/harbour.bakery?igshid=abc',
      'instagram',
      'harbour.bakery',
      'https://www.instagram.com/harbour.bakery/',
    ],
    [
      'https://www.instagram.com/harbour.bakery/reels/',
      'instagram',
      'harbour.bakery',
      'https://www.instagram.com/harbour.bakery/',
    ],
    [
      'https://www.tiktok.com/@harbourbakery?lang=en',
      'tiktok',
      'harbourbakery',
      'https://www.tiktok.com/@harbourbakery',
    ],
    [
      'https://www.youtube.com/@HarbourBakery/videos',
      'youtube',
      'HarbourBakery',
      'https://www.youtube.com/@HarbourBakery',
    ],
    [
      'https://youtube.com/channel/UC1234567890abcdefghijkl',
      'youtube',
      'UC1234567890abcdefghijkl',
      'https://www.youtube.com/channel/UC1234567890abcdefghijkl',
    ],
    [
      'https://www.youtube.com/user/harbourbakery',
      'youtube',
      'harbourbakery',
      'https://www.youtube.com/user/harbourbakery',
    ],
    ['https://www.youtube.com/c/HarbourBakery', 'youtube', 'HarbourBakery', 'https://www.youtube.com/c/HarbourBakery'],
    ['https://www.youtube.com/harbourbakery', 'youtube', 'harbourbakery', 'https://www.youtube.com/harbourbakery'],
    ['https://www.facebook.com/HarbourBakery/', 'facebook', 'HarbourBakery', 'https://www.facebook.com/HarbourBakery'],
    [
      'https://m.facebook.com/HarbourBakery/about',
      'facebook',
      'HarbourBakery',
      'https://www.facebook.com/HarbourBakery',
    ],
    [
      'https://de-de.facebook.com/profile.php?id=100064',
      'facebook',
      '100064',
      'https://www.facebook.com/profile.php?id=100064',
    ],
    [
      'https://www.facebook.com/pages/Harbour-Bakery/123456',
      'facebook',
      '123456',
      'https://www.facebook.com/pages/Harbour-Bakery/123456',
    ],
    ['https://twitter.com/harbourbakery', 'x', 'harbourbakery', 'https://x.com/harbourbakery'],
    ['https://x.com/harbourbakery/media', 'x', 'harbourbakery', 'https://x.com/harbourbakery'],
    ['https://twitter.com/#!/harbourbakery', 'x', 'harbourbakery', 'https://x.com/harbourbakery'],
    [
      'https://www.linkedin.com/company/harbour-bakery/',
      'linkedin',
      'harbour-bakery',
      'https://www.linkedin.com/company/harbour-bakery',
    ],
    ['https://uk.linkedin.com/in/jane-doe-123', 'linkedin', 'jane-doe-123', 'https://www.linkedin.com/in/jane-doe-123'],
    [
      'https://bsky.app/profile/harbour.bsky.social',
      'bluesky',
      'harbour.bsky.social',
      'https://bsky.app/profile/harbour.bsky.social',
    ],
    [
      'https://bsky.app/profile/did:plc:abc123xyz',
      'bluesky',
      'did:plc:abc123xyz',
      'https://bsky.app/profile/did:plc:abc123xyz',
    ],
    ['https://www.threads.net/@harbourbakery', 'threads', 'harbourbakery', 'https://www.threads.net/@harbourbakery'],
    ['https://threads.com/@harbourbakery', 'threads', 'harbourbakery', 'https://www.threads.net/@harbourbakery'],
  ])('%s is %s/%s', (href, platform, handle, url) => {
    expect(socialProfile(href)).toEqual({ platform, handle, url });
  });

  it.each([
    'https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.com',
    'https://www.facebook.com/sharer/sharer.php?u=x',
    'https://www.facebook.com/dialog/share?app_id=1',
    'https://www.facebook.com/HarbourBakery/posts/pfbid0abc',
    'https://www.facebook.com/photo.php?fbid=1',
    'https://www.facebook.com/groups/harbourfans',
    'https://twitter.com/intent/tweet?text=hi',
    'https://twitter.com/intent/follow?screen_name=harbourbakery',
    'https://twitter.com/share?url=x',
    'https://x.com/harbourbakery/status/1234567890',
    'https://twitter.com/hashtag/bread',
    'https://www.instagram.com/p/C4abcdEFgh/',
    'https://www.instagram.com/reel/C4abcdEFgh/',
    'https://www.instagram.com/harbour.bakery/p/C4abcdEFgh/',
    'https://www.tiktok.com/@harbourbakery/video/7300000000000000000',
    'https://vm.tiktok.com/ZMabc/',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://www.youtube.com/shorts/abc',
    'https://www.linkedin.com/shareArticle?url=x',
    'https://www.linkedin.com/sharing/share-offsite/?url=x',
    'https://www.linkedin.com/posts/jane-doe_activity-123',
    'https://bsky.app/profile/harbour.bsky.social/post/3kabc',
    'https://bsky.app/intent/compose?text=hi',
    'https://www.threads.net/@harbourbakery/post/C4abc',
    'https://www.threads.net/intent/post?text=hi',
    'https://example.com/instagram.com/harbour',
    'mailto:hello@example.com',
    'javascript:void(0)',
    'not a url at all',
  ])('%s is not a profile', (href) => {
    expect(socialProfile(href)).toBeNull();
  });

  it('resolves against a base and reads twitter:site handles', () => {
    expect(socialProfile('//twitter.com/harbourbakery', 'https://example.com/')?.url).toBe(
      'https://x.com/harbourbakery',
    );
    expect(xProfileFromHandle('@harbourbakery')).toEqual({
      platform: 'x',
      handle: 'harbourbakery',
      url: 'https://x.com/harbourbakery',
    });
    expect(xProfileFromHandle('not a handle')).toBeNull();
  });

  it('keeps each account once, in page order', () => {
    const profiles = uniqueProfiles(
      ['https://x.com/Harbour', 'https://twitter.com/harbour', 'https://www.instagram.com/harbour'].map((href) =>
        socialProfile(href),
      ),
    );
    expect(profiles.map((p) => `${p.platform}:${p.handle}`)).toEqual(['x:Harbour', 'instagram:harbour']);
  });
});
