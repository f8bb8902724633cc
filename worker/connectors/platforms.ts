/**
 * The platform registry: every platform Crowsnest knows, what it can do with each (read,
 * publish, measure), what one post there may hold, and how its profile addresses look.
 * Source types, the `platform` of content items, the platforms AI writing targets and the
 * social profile kinds are all derived from this list, so a platform is added here once.
 * Plain data with no imports: the web app reads it through worker/contracts.ts.
 */

/** The counters of a content item (the `metrics` of the content API). */
export const COUNTERS = ['views', 'likes', 'comments', 'shares', 'score'] as const;
export type Counter = (typeof COUNTERS)[number];

/** What a counter is called, once and many times: a Bluesky share is a repost. */
export type CounterName = readonly [one: string, many: string];

/** One way of reading a platform: a `type` of POST /sources. */
export interface SourceTypeSpec {
  type: string;
  label: string;
  /** What a source of this type reads, in a line. */
  reads: string;
}

export interface ReadCapability {
  /** The source types that read it; what they read carries the platform's id as its `platform`. */
  sources: readonly SourceTypeSpec[];
  /**
   * What its items are. Articles and videos are long-form: "write something like this"
   * repurposes them into a post; a post or a search gets a post written like it.
   */
  items: 'posts' | 'articles' | 'videos' | 'searches';
}

export interface MeasureCapability {
  /** The counters its reads report (their history is kept), by the names the platform uses. */
  counters: Readonly<Partial<Record<Counter, CounterName>>>;
}

/** What one post may hold, as the platform documents it; null where it documents nothing. */
export interface PostLimits {
  /** Longest post, in graphemes; null for long-form (articles, newsletters). */
  maxLength: number | null;
  maxHashtags: number | null;
  maxImages: number | null;
  maxVideos: number | null;
  /** What is written for it, where that is not a post on the platform itself. */
  label?: string;
}

export interface ProfileUrls {
  /** Host names of its profile addresses, lower-cased, without a leading www. or m. */
  hosts: RegExp;
  /** The canonical address of an account by its handle ({handle}). */
  url: string;
}

/** How Crowsnest publishes there (worker/connectors/publishers/<platform>.ts). */
export interface PublishCapability {
  /** Whether a post may be a chain of replies (a thread), published in order. */
  threads: boolean;
}

interface PlatformBase {
  id: string;
  label: string;
  read: ReadCapability | null;
  /** How Crowsnest publishes there: null until the platform's publisher lands. */
  publish: PublishCapability | null;
  measure: MeasureCapability | null;
  profiles: ProfileUrls | null;
}

/** A platform AI writing offers (a `platform` of POST /ai/generate) has limits to write within. */
export type PlatformSpec = PlatformBase &
  ({ generate: true; post: PostLimits } | { generate: false; post: PostLimits | null });

const NAMED = (one: string, many: string): CounterName => [one, many];

/**
 * Every platform. The order is the order pickers list them in. Limits cite the platform's
 * documentation; lengths are counted in graphemes (what a person sees as one character), as
 * Bluesky counts. X weighs some characters double and counts every link as 23, and Threads
 * counts emoji by their UTF-8 bytes: there, fitting in graphemes is needed but not enough.
 */
export const PLATFORMS = [
  {
    id: 'feed',
    label: 'Feed',
    read: {
      sources: [
        { type: 'feed', label: 'RSS / Atom feed', reads: 'New posts from a blog, newsletter or podcast feed.' },
      ],
      items: 'articles',
    },
    publish: null,
    measure: null,
    generate: false,
    post: null,
    profiles: null,
  },
  {
    id: 'web',
    label: 'Web page',
    read: {
      sources: [{ type: 'web', label: 'Web page', reads: 'The main article of one page: text, author, date, links.' }],
      items: 'articles',
    },
    publish: null,
    measure: null,
    generate: false,
    post: null,
    profiles: null,
  },
  {
    id: 'bluesky',
    label: 'Bluesky',
    read: {
      sources: [
        { type: 'bluesky', label: 'Bluesky', reads: 'An account’s posts, or a search, with likes and reposts.' },
      ],
      items: 'posts',
    },
    publish: { threads: true },
    measure: {
      counters: {
        likes: NAMED('like', 'likes'),
        comments: NAMED('reply', 'replies'),
        shares: NAMED('repost', 'reposts'),
      },
    },
    // app.bsky.feed.post: text maxGraphemes 300; app.bsky.embed.images: at most 4; app.bsky.embed.video: one.
    // https://github.com/bluesky-social/atproto/tree/main/lexicons/app/bsky
    generate: true,
    post: { maxLength: 300, maxHashtags: null, maxImages: 4, maxVideos: 1 },
    profiles: { hosts: /^bsky\.app$/, url: 'https://bsky.app/profile/{handle}' },
  },
  {
    id: 'mastodon',
    label: 'Mastodon',
    read: null,
    publish: { threads: true },
    measure: null,
    // Each server sets its own (GET /api/v2/instance: configuration.statuses.max_characters and
    // max_media_attachments); Mastodon's defaults are 500 and 4, and a link counts as 23.
    // https://docs.joinmastodon.org/entities/Instance/#statuses
    generate: false,
    post: { maxLength: 500, maxHashtags: null, maxImages: 4, maxVideos: 1 },
    // Profiles live on every server (https://server/@name): no host tells them apart.
    profiles: null,
  },
  {
    id: 'x',
    label: 'X',
    read: null,
    publish: null,
    measure: null,
    // 280 weighted characters: https://docs.x.com/resources/fundamentals/counting-characters
    // Up to 4 images or one video or GIF (media.media_ids): https://docs.x.com/x-api/posts/create-post
    generate: true,
    post: { maxLength: 280, maxHashtags: null, maxImages: 4, maxVideos: 1 },
    profiles: { hosts: /^(?:mobile\.)?twitter\.com$|^x\.com$/, url: 'https://x.com/{handle}' },
  },
  {
    id: 'threads',
    label: 'Threads',
    read: null,
    publish: null,
    measure: null,
    // 500 characters, one topic tag a post, carousels of up to 20 images and videos:
    // https://developers.facebook.com/docs/threads/posts
    generate: true,
    post: { maxLength: 500, maxHashtags: 1, maxImages: 20, maxVideos: 20 },
    profiles: { hosts: /^threads\.(?:net|com)$/, url: 'https://www.threads.net/@{handle}' },
  },
  {
    id: 'instagram',
    label: 'Instagram',
    read: null,
    publish: null,
    measure: null,
    // Captions: 2,200 characters, 30 hashtags, 20 @ tags; carousels: up to 10 images and videos.
    // https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media
    generate: true,
    post: { maxLength: 2200, maxHashtags: 30, maxImages: 10, maxVideos: 10 },
    profiles: { hosts: /^instagram\.com$|^instagr\.am$/, url: 'https://www.instagram.com/{handle}/' },
  },
  {
    id: 'linkedin',
    label: 'LinkedIn',
    read: null,
    publish: null,
    measure: null,
    // 3,000 characters (LinkedIn Help, "Share a post"); a MultiImage post holds 2 to 20 images:
    // https://learn.microsoft.com/linkedin/marketing/community-management/shares/multiimage-post-api
    generate: true,
    post: { maxLength: 3000, maxHashtags: null, maxImages: 20, maxVideos: 1 },
    // People; companies are /company/{handle}, schools /school/{handle}.
    profiles: { hosts: /^(?:[a-z]{2}\.)?linkedin\.com$/, url: 'https://www.linkedin.com/in/{handle}' },
  },
  {
    id: 'facebook',
    label: 'Facebook',
    read: null,
    publish: null,
    measure: null,
    // Meta documents no length for Page posts; 63,206 is the composer's limit as measured.
    generate: true,
    post: { maxLength: 63_206, maxHashtags: null, maxImages: null, maxVideos: null },
    profiles: {
      hosts: /^(?:[a-z]{2}(?:-[a-z]{2})?\.|web\.)?facebook\.com$|^fb\.com$/,
      url: 'https://www.facebook.com/{handle}',
    },
  },
  {
    id: 'tiktok',
    label: 'TikTok',
    read: null,
    publish: null,
    measure: null,
    // A photo post's description takes 4,000 (UTF-16 units) and up to 35 photos; a video's
    // caption (its `title`) only 2,200, which its publisher must check.
    // https://developers.tiktok.com/doc/content-posting-api-reference-photo-post
    // https://developers.tiktok.com/doc/content-posting-api-reference-direct-post
    generate: true,
    post: { maxLength: 4000, maxHashtags: null, maxImages: 35, maxVideos: 1 },
    profiles: { hosts: /^tiktok\.com$/, url: 'https://www.tiktok.com/@{handle}' },
  },
  {
    id: 'youtube',
    label: 'YouTube',
    read: {
      sources: [{ type: 'youtube', label: 'YouTube', reads: 'A channel’s videos with their views, or a search.' }],
      items: 'videos',
    },
    publish: null,
    measure: {
      counters: {
        views: NAMED('view', 'views'),
        likes: NAMED('like', 'likes'),
        comments: NAMED('comment', 'comments'),
      },
    },
    // What is written for YouTube is a video's description: 5,000 bytes
    // (https://developers.google.com/youtube/v3/docs/videos#snippet.description). YouTube
    // ignores every hashtag of a video with too many (https://support.google.com/youtube/answer/6390658:
    // 15 when this limit was set, 60 today); 15 stays, the safer side.
    generate: true,
    post: { maxLength: 5000, maxHashtags: 15, maxImages: null, maxVideos: 1, label: 'YouTube (description)' },
    profiles: { hosts: /^youtube\.com$/, url: 'https://www.youtube.com/@{handle}' },
  },
  {
    id: 'reddit',
    label: 'Reddit',
    read: {
      sources: [{ type: 'reddit', label: 'Reddit', reads: 'A subreddit’s posts with score and comments.' }],
      items: 'posts',
    },
    publish: null,
    measure: { counters: { score: NAMED('upvote', 'upvotes'), comments: NAMED('comment', 'comments') } },
    // Reddit's API reference states no limits for submissions.
    generate: false,
    post: null,
    profiles: null,
  },
  {
    id: 'trends',
    label: 'Google Trends',
    read: {
      sources: [{ type: 'trends', label: 'Google Trends', reads: 'Daily trending searches in a country.' }],
      items: 'searches',
    },
    publish: null,
    measure: { counters: { views: NAMED('search', 'searches') } },
    generate: false,
    post: null,
    profiles: null,
  },
  {
    id: 'blog',
    label: 'Blog',
    // The workspace's own articles; pages of the web at large are read as `web`.
    read: null,
    publish: null,
    measure: null,
    generate: true,
    post: { maxLength: null, maxHashtags: null, maxImages: null, maxVideos: null },
    profiles: null,
  },
  {
    id: 'newsletter',
    label: 'Newsletter',
    // Written here and sent by the email senders; newsletters of others are read as feeds.
    read: null,
    publish: null,
    measure: null,
    generate: true,
    post: { maxLength: null, maxHashtags: null, maxImages: null, maxVideos: null },
    profiles: null,
  },
  {
    // An outbound webhook target: a post delivered as signed JSON to a URL of the workspace's.
    id: 'webhook',
    label: 'Webhook',
    read: null,
    publish: { threads: false },
    measure: null,
    generate: false,
    post: null,
    profiles: null,
  },
] as const satisfies readonly PlatformSpec[];

type Entry = (typeof PLATFORMS)[number];
type ReadEntry = Exclude<Entry, { read: null }>;
type GenerationEntry = Extract<Entry, { generate: true }>;
type ProfileEntry = Exclude<Entry, { profiles: null }>;
type PublishEntry = Exclude<Entry, { publish: null }>;

export type PlatformId = Entry['id'];
/** The `platform` of content items: the platforms Crowsnest reads. */
export type ContentPlatform = ReadEntry['id'];
/** A `type` of POST /sources. */
export type SourceType = ReadEntry['read']['sources'][number]['type'];
/** A `platform` of POST /ai/generate. */
export type GenerationPlatform = GenerationEntry['id'];
/** A platform whose profile addresses Crowsnest recognises in pages. */
export type ProfilePlatform = ProfileEntry['id'];
/** A `platform` of POST /accounts: where Crowsnest publishes. */
export type PublishPlatform = PublishEntry['id'];

const reads = (p: Entry): p is ReadEntry => p.read !== null;
const generates = (p: Entry): p is GenerationEntry => p.generate;
const hasProfiles = (p: Entry): p is ProfileEntry => p.profiles !== null;
const publishes = (p: Entry): p is PublishEntry => p.publish !== null;

export const CONTENT_PLATFORMS = PLATFORMS.filter(reads).map((p) => p.id);
/** Every source type with the platform it reads. */
export const SOURCE_TYPE_SPECS = PLATFORMS.filter(reads).flatMap((p) =>
  p.read.sources.map((s) => ({ ...s, platform: p.id })),
);
export const SOURCE_TYPES = SOURCE_TYPE_SPECS.map((s) => s.type);
export const GENERATION_PLATFORMS = PLATFORMS.filter(generates).map((p) => p.id);
export const PROFILE_PLATFORMS = PLATFORMS.filter(hasProfiles).map((p) => p.id);
export const PUBLISH_PLATFORMS = PLATFORMS.filter(publishes).map((p) => p.id);

/** The platform with this id, or undefined for a string that names none (a stored value, a query). */
export function platformSpec(id: string): PlatformSpec | undefined {
  return PLATFORMS.find((p) => p.id === id);
}

/** "Bluesky"; an unknown id as it is. */
export function platformLabel(id: string): string {
  return platformSpec(id)?.label ?? id;
}

/** The one entry of `list` with this id; the types guarantee there is one. */
function entryOf<T extends Entry>(list: readonly T[], id: T['id']): T {
  const found = list.find((p) => p.id === id);
  if (!found) throw new Error(`no platform ${id} in the registry`);
  return found;
}

/** The source type's entry and the platform it reads. */
export function sourceTypeSpec(type: SourceType): SourceTypeSpec & { platform: ContentPlatform } {
  const spec = SOURCE_TYPE_SPECS.find((s) => s.type === type);
  if (!spec) throw new Error(`no platform reads sources of type ${type}`);
  return spec;
}

export function isSourceType(value: string): value is SourceType {
  return SOURCE_TYPES.some((type) => type === value);
}

/** Platforms whose profile addresses Crowsnest recognises, with how those look. */
export const PROFILES = PLATFORMS.filter(hasProfiles).map((p) => ({ platform: p.id, ...p.profiles }));

/** The address of an account by its handle. */
export function profileUrl(platform: ProfilePlatform, handle: string): string {
  return entryOf(PLATFORMS.filter(hasProfiles), platform).profiles.url.replace('{handle}', handle);
}

/** What AI writing checks a post against: the platform's limits under the name it writes for. */
export interface PlatformLimits {
  label: string;
  /** Longest post, in graphemes; null for long-form (articles, newsletters). */
  maxLength: number | null;
  maxHashtags: number | null;
}

export const PLATFORM_LIMITS = Object.fromEntries(
  PLATFORMS.filter(generates).map((p) => {
    const post: PostLimits = p.post;
    return [p.id, { label: post.label ?? p.label, maxLength: post.maxLength, maxHashtags: post.maxHashtags }];
  }),
) as Record<GenerationPlatform, PlatformLimits>;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

/** Hashtags as platforms read them: # then letters, digits, marks or underscores. */
export function countHashtags(text: string): number {
  return text.match(/(^|[^\p{L}\p{N}_&])#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*/gu)?.length ?? 0;
}

/** What is wrong with a post for a platform, or an empty list. */
export function limitProblems(text: string, platform: GenerationPlatform): string[] {
  const limits = PLATFORM_LIMITS[platform];
  const problems: string[] = [];
  const length = graphemeCount(text);
  if (limits.maxLength !== null && length > limits.maxLength)
    problems.push(`${length} characters; ${limits.label} allows ${limits.maxLength}`);
  const tags = countHashtags(text);
  if (limits.maxHashtags !== null && tags > limits.maxHashtags)
    problems.push(`${tags} hashtags; ${limits.label} allows ${limits.maxHashtags}`);
  if (text.trim().length === 0) problems.push('empty');
  return problems;
}
