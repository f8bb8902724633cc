/**
 * AppView answers (app.bsky.feed.getAuthorFeed `{feed: [{post, reply?, reason?}]}`,
 * app.bsky.feed.searchPosts `{posts: [...]}`) to the content model. A post view carries its
 * record (text, facets, langs, reply refs), the hydrated embed (`…#view`: image URLs on the
 * CDN, link cards, quoted posts) and its counts.
 */
import { z } from 'zod';
import { Unavailable } from '../../../core/outbound/errors';
import { absoluteUrl, Count, distinct, isoDate, lenient, metrics, parseEach, readItem } from '../platform-common';
import type { ReadItem } from '../types';

const Author = z.object({
  did: z.string(),
  handle: z.string(),
  displayName: lenient(z.string()),
  avatar: lenient(z.string()),
});
export type Author = z.infer<typeof Author>;

const Ref = z.object({ uri: z.string() });
const PostRecord = z.object({
  text: lenient(z.string()),
  createdAt: lenient(z.string()),
  langs: lenient(z.array(z.string())),
  tags: lenient(z.array(z.string())),
  reply: lenient(z.object({ parent: Ref, root: Ref })),
  facets: lenient(z.array(z.object({ features: z.array(z.object({ $type: z.string(), tag: lenient(z.string()) })) }))),
});

/** One embed view; recordWithMedia nests another (`media`) beside the quoted record. */
const Embed = z.object({
  $type: z.string(),
  images: lenient(z.array(z.object({ fullsize: z.string() }))),
  external: lenient(z.object({ uri: z.string(), title: lenient(z.string()), thumb: lenient(z.string()) })),
  thumbnail: lenient(z.string()),
  playlist: lenient(z.string()),
  record: lenient(z.object({ uri: lenient(z.string()), record: lenient(Ref) })),
  media: lenient(z.unknown()),
});

const PostView = z.object({
  uri: z.string().startsWith('at://'),
  cid: lenient(z.string()),
  author: Author,
  record: lenient(PostRecord),
  embed: lenient(Embed),
  likeCount: Count,
  repostCount: Count,
  replyCount: Count,
  quoteCount: Count,
  bookmarkCount: Count,
  indexedAt: lenient(z.string()),
  labels: lenient(z.array(z.object({ val: z.string() }))),
});
type PostView = z.infer<typeof PostView>;

const FeedViewPost = z.object({ post: PostView, reason: lenient(z.object({ $type: z.string() })) });

interface EmbedParts {
  images: string[];
  /** A video's poster image, and its HLS playlist. */
  thumbnail: string | null;
  video: string | null;
  external: { uri: string; title: string | null; thumb: string | null } | null;
  quoted: string | null;
}

function embedParts(embed: z.infer<typeof Embed> | undefined): EmbedParts {
  const media = embed?.media ? embedParts(lenient(Embed).parse(embed.media)) : null;
  const external = embed?.external ?? null;
  return {
    images: distinct([...(embed?.images ?? []).map((image) => absoluteUrl(image.fullsize)), ...(media?.images ?? [])]),
    thumbnail: absoluteUrl(embed?.thumbnail) ?? media?.thumbnail ?? null,
    video: absoluteUrl(embed?.playlist) ?? media?.video ?? null,
    external: external
      ? { uri: external.uri, title: external.title ?? null, thumb: absoluteUrl(external.thumb) }
      : (media?.external ?? null),
    quoted: embed?.record?.uri ?? embed?.record?.record?.uri ?? null,
  };
}

/** A display name, unless it is blank or only invisible characters (some are). */
export function displayName(author: Author): string | null {
  const name = author.displayName?.trim();
  return name && name.replace(/[\p{Cf}\p{Z}\s]/gu, '') !== '' ? name : null;
}

/** The handle, or the DID where the AppView could not verify the handle (it then shows `handle.invalid`). */
function handleOrDid(author: Author): string {
  return author.handle === 'handle.invalid' ? author.did : author.handle;
}

/** The bsky.app page of a post: /profile/<handle or DID>/post/<record key>. */
function webUrl(post: PostView): string {
  const rkey = post.uri.split('/').pop() ?? '';
  return `https://bsky.app/profile/${handleOrDid(post.author)}/post/${encodeURIComponent(rkey)}`;
}

function postItem(post: PostView, extra: Record<string, unknown> = {}): ReadItem {
  const record = post.record;
  const embed = embedParts(post.embed);
  const media = distinct([...embed.images, embed.thumbnail]);
  const facetTags = (record?.facets ?? []).flatMap((f) => f.features.flatMap((feature) => feature.tag ?? []));
  // Reposts and quotes both pass a post on; each raw count stays in extra.
  const shares =
    post.repostCount === undefined && post.quoteCount === undefined
      ? undefined
      : (post.repostCount ?? 0) + (post.quoteCount ?? 0);
  return readItem({
    externalId: post.uri,
    url: webUrl(post),
    text: record?.text || null,
    author: displayName(post.author) ?? handleOrDid(post.author),
    publishedAt: isoDate(record?.createdAt) ?? isoDate(post.indexedAt),
    mediaUrls: media,
    imageUrl: media[0] ?? embed.external?.thumb ?? null,
    metrics: metrics({ likes: post.likeCount, comments: post.replyCount, shares }),
    tags: distinct([...(record?.tags ?? []), ...facetTags]),
    extra: {
      likeCount: post.likeCount ?? null,
      repostCount: post.repostCount ?? null,
      replyCount: post.replyCount ?? null,
      quoteCount: post.quoteCount ?? null,
      bookmarkCount: post.bookmarkCount ?? null,
      authorHandle: post.author.handle,
      authorDid: post.author.did,
      cid: post.cid ?? null,
      langs: record?.langs ?? [],
      labels: (post.labels ?? []).map((label) => label.val),
      replyTo: record?.reply?.parent.uri ?? null,
      quotes: embed.quoted,
      link: embed.external,
      videoPlaylist: embed.video,
      indexedAt: isoDate(post.indexedAt),
      ...extra,
    },
  });
}

const AuthorFeed = z.object({ feed: z.array(z.unknown()) });
const SearchPosts = z.object({ posts: z.array(z.unknown()) });

/**
 * getAuthorFeed: the account's own posts. Reposts are someone else's posts (the repost is
 * only a pointer), so they are left out; a pinned post stays, marked.
 */
export function parseAuthorFeed(json: unknown): { items: ReadItem[]; authors: Author[] } {
  const feed = AuthorFeed.safeParse(json).data?.feed;
  if (!feed) throw new Unavailable('Bluesky answered something other than a feed.');
  const entries = parseEach(FeedViewPost, feed).filter((entry) => !entry.reason?.$type.endsWith('#reasonRepost'));
  return {
    items: entries.map(({ post, reason }) => postItem(post, { pinned: reason?.$type.endsWith('#reasonPin') ?? false })),
    authors: entries.map(({ post }) => post.author),
  };
}

/** searchPosts: the posts found, newest first as asked. */
export function parseSearchPosts(json: unknown): ReadItem[] {
  const posts = SearchPosts.safeParse(json).data?.posts;
  if (!posts) throw new Unavailable('Bluesky answered something other than search results.');
  return parseEach(PostView, posts).map((post) => postItem(post));
}
