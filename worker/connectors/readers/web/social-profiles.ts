/**
 * Social profiles in links: which platform, which account. Posts, videos, share buttons and
 * follow intents point at content or actions, not at an account, and are left out.
 */
import { PROFILES, profileUrl } from '../../platforms';
import { resolveUrl } from './links';
import type { SocialPlatform, SocialProfile } from './types';

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(' '));
}

interface Match {
  handle: string;
  /** Path (and query) of the profile on the platform's canonical host. */
  path: string;
}

type Rule = (segments: string[], url: URL) => Match | null;

const INSTAGRAM_TABS = words('reels tagged guides channel feed');
const INSTAGRAM_RESERVED = words(
  'p reel reels tv explore accounts stories direct about developer legal web challenge emails session privacy terms static graphql api ar create',
);
const YOUTUBE_TABS = words('videos shorts streams featured playlists community about channels live podcasts');
const YOUTUBE_RESERVED = words(
  'watch embed shorts playlist results feed hashtag redirect subscription_center account about premium kids music gaming live signin logout upload channel c user attribution_link watch_videos v e oembed api iframe_api player_api creators ads jobs new trends howyoutubeworks t yt s sw.js post source',
);
const FACEBOOK_TABS = words(
  'about reviews community services shop events followers friends mentions videos photos posts reels',
);
const FACEBOOK_RESERVED = words(
  'sharer.php sharer share.php share dialog plugins tr events groups photo.php photo photos watch story.php permalink.php hashtag login login.php help policies policy.php privacy terms legal l.php ads business marketplace gaming fundraisers notes home.php search messages settings media video.php reel reels stories apps developers careers recover signup r.php v watchparty badge.php profile.php pages people pg groups donate offers live places bookmarks',
);
const X_TABS = words('with_replies media likes highlights articles superfollows');
const X_RESERVED = words(
  'intent share home search hashtag i explore settings login logout signup tos privacy about notifications messages compose widgets widgets.js account download jobs who_to_follow en rules status statuses oauth signin twitter',
);
const LINKEDIN_KINDS = words('in company school showcase');

const USER = /^[A-Za-z0-9._]{1,30}$/;
const X_USER = /^[A-Za-z0-9_]{1,15}$/;
const SLUG = /^[\p{L}\p{N}._%-]{2,100}$/u;

function profileTab(segments: string[], tabs: ReadonlySet<string>): boolean {
  return segments.length === 1 || (segments.length === 2 && tabs.has((segments[1] ?? '').toLowerCase()));
}

const instagram: Rule = ([user = '', ...rest]) =>
  USER.test(user) && !INSTAGRAM_RESERVED.has(user.toLowerCase()) && profileTab([user, ...rest], INSTAGRAM_TABS)
    ? { handle: user, path: `/${user}/` }
    : null;

const tiktok: Rule = (segments) => {
  const user = segments[0]?.match(/^@([A-Za-z0-9._]{2,24})$/)?.[1];
  return user && segments.length === 1 ? { handle: user, path: `/@${user}` } : null;
};

const youtube: Rule = (segments) => {
  const [first = '', second = ''] = segments;
  const handle = first.match(/^@([\p{L}\p{N}._-]{3,30})$/u)?.[1];
  if (handle) return profileTab(segments, YOUTUBE_TABS) ? { handle, path: `/@${encodeURIComponent(handle)}` } : null;
  if (first === 'channel' && /^UC[\w-]{22}$/.test(second) && profileTab(segments.slice(1), YOUTUBE_TABS)) {
    return { handle: second, path: `/channel/${second}` };
  }
  if ((first === 'c' || first === 'user') && SLUG.test(second) && profileTab(segments.slice(1), YOUTUBE_TABS)) {
    return { handle: second, path: `/${first}/${encodeURIComponent(second)}` };
  }
  // Old vanity addresses (youtube.com/name) still lead to channels.
  if (/^[A-Za-z0-9_-]{3,}$/.test(first) && !YOUTUBE_RESERVED.has(first.toLowerCase()) && segments.length === 1) {
    return { handle: first, path: `/${first}` };
  }
  return null;
};

const facebook: Rule = (segments, url) => {
  const [first = '', second = '', third = ''] = segments;
  const id = url.searchParams.get('id');
  if (first === 'profile.php' && id && /^\d+$/.test(id)) return { handle: id, path: `/profile.php?id=${id}` };
  if ((first === 'pages' || first === 'people') && /^\d+$/.test(third) && segments.length === 3) {
    return { handle: third, path: `/${first}/${encodeURIComponent(second)}/${third}` };
  }
  if (first === 'pg' && SLUG.test(second)) return { handle: second, path: `/${encodeURIComponent(second)}` };
  if (!/^[A-Za-z0-9.-]{2,80}$/.test(first) || FACEBOOK_RESERVED.has(first.toLowerCase())) return null;
  return profileTab(segments, FACEBOOK_TABS) ? { handle: first, path: `/${first}` } : null;
};

const x: Rule = (segments, url) => {
  // Old hashbang addresses: twitter.com/#!/name
  const path = segments.length === 0 && url.hash.startsWith('#!/') ? url.hash.slice(3).split('/') : segments;
  const [user = ''] = path;
  return X_USER.test(user) && !X_RESERVED.has(user.toLowerCase()) && profileTab(path, X_TABS)
    ? { handle: user, path: `/${user}` }
    : null;
};

const linkedin: Rule = ([kind = '', slug = '', ...rest]) => {
  if (!LINKEDIN_KINDS.has(kind) || !SLUG.test(slug)) return null;
  // Tabs of a profile (about, people, jobs) are still the profile; posts are not.
  if (rest.some((segment) => segment === 'posts' || segment === 'activity' || segment === 'feed')) return null;
  return { handle: slug, path: `/${kind}/${encodeURIComponent(slug)}` };
};

const bluesky: Rule = ([first, handle = '', ...rest]) =>
  first === 'profile' && /^(did:[a-z]+:[\w.:-]+|[A-Za-z0-9.-]+\.[A-Za-z]{2,})$/.test(handle) && rest.length === 0
    ? { handle, path: `/profile/${handle}` }
    : null;

const threads: Rule = (segments) => {
  const user = segments[0]?.match(/^@([A-Za-z0-9._]{1,30})$/)?.[1];
  return user && segments.length === 1 ? { handle: user, path: `/@${user}` } : null;
};

/** How each platform's profile paths read; its hosts and canonical address are the registry's. */
const RULES: Record<SocialPlatform, Rule> = { instagram, tiktok, youtube, facebook, x, linkedin, bluesky, threads };

const PLATFORMS = PROFILES.map(({ platform, hosts, url }) => ({
  platform,
  hosts,
  origin: new URL(url).origin,
  rule: RULES[platform],
}));

/** The profile an address points at, or null when it points at no profile. */
export function socialProfile(href: string, base?: string): SocialProfile | null {
  const url = resolveUrl(href, base);
  if (!url) return null;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/^(?:www|m)\./, '');
  const entry = PLATFORMS.find(({ hosts }) => hosts.test(host));
  if (!entry) return null;
  let segments: string[];
  try {
    segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  const match = entry.rule(segments, url);
  return match ? { platform: entry.platform, url: `${entry.origin}${match.path}`, handle: match.handle } : null;
}

/** The X profile a `twitter:site` or `twitter:creator` value names ("@name"). */
export function xProfileFromHandle(value: string): SocialProfile | null {
  const handle = value.trim().replace(/^@/, '');
  return X_USER.test(handle) ? { platform: 'x', url: profileUrl('x', handle), handle } : null;
}

/** Profiles in page order, each account once. */
export function uniqueProfiles(candidates: Iterable<SocialProfile | null>): SocialProfile[] {
  const seen = new Set<string>();
  const profiles: SocialProfile[] = [];
  for (const profile of candidates) {
    if (!profile) continue;
    const key = `${profile.platform}:${profile.handle.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    profiles.push(profile);
  }
  return profiles;
}
