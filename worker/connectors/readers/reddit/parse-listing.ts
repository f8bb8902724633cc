/**
 * A subreddit listing (`{kind: "Listing", data: {children: [{kind: "t3", data: post}], after}}`)
 * to the content model. We ask with raw_json=1; without it Reddit HTML-escapes every string,
 * URLs included (`&amp;`), which is undone for URLs here in case a proxy drops the parameter.
 */
import { decodeHTMLStrict } from 'entities';
import { z } from 'zod';
import { Unavailable } from '../../../core/outbound/errors';
import { plainText } from '../../../lib/html-text';
import { absoluteUrl, distinct, lenient, metrics, parseEach, readItem } from '../platform-common';
import type { ReadItem } from '../types';

export const REDDIT_WEB = 'https://www.reddit.com';

const Listing = z.object({
  kind: z.literal('Listing'),
  data: z.object({ children: z.array(z.object({ kind: z.string(), data: z.unknown() })) }),
});

const MediaImage = z.object({
  status: lenient(z.string()),
  s: lenient(z.object({ u: lenient(z.string()), gif: lenient(z.string()) })),
});
const Video = z.object({ reddit_video: z.object({ fallback_url: z.string() }) });

const Post = z.object({
  name: z.string(),
  title: z.string(),
  permalink: z.string(),
  created_utc: z.number(),
  author: lenient(z.string()),
  subreddit: lenient(z.string()),
  url: lenient(z.string()),
  domain: lenient(z.string()),
  selftext: lenient(z.string()),
  selftext_html: lenient(z.string()),
  thumbnail: lenient(z.string()),
  post_hint: lenient(z.string()),
  link_flair_text: lenient(z.string()),
  distinguished: lenient(z.string()),
  score: lenient(z.number()),
  upvote_ratio: lenient(z.number()),
  num_comments: lenient(z.number()),
  num_crossposts: lenient(z.number()),
  edited: lenient(z.number()),
  is_self: lenient(z.boolean()),
  is_gallery: lenient(z.boolean()),
  over_18: lenient(z.boolean()),
  stickied: lenient(z.boolean()),
  spoiler: lenient(z.boolean()),
  locked: lenient(z.boolean()),
  preview: lenient(z.object({ images: z.array(z.object({ source: z.object({ url: z.string() }) })) })),
  gallery_data: lenient(z.object({ items: z.array(z.object({ media_id: z.string() })) })),
  media_metadata: lenient(z.record(z.string(), MediaImage)),
  secure_media: lenient(Video),
  media: lenient(Video),
});
type Post = z.infer<typeof Post>;

const unescaped = (url: string | undefined) => absoluteUrl(url?.replaceAll('&amp;', '&'));
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp)$/i;

/** A gallery's images in its order, else the preview image, else the link itself when it is an image. */
function images(post: Post): string[] {
  const gallery = post.gallery_data?.items.map(({ media_id }) => {
    const media = post.media_metadata?.[media_id];
    return media && (media.status ?? 'valid') === 'valid' ? unescaped(media.s?.u ?? media.s?.gif) : null;
  });
  if (gallery?.length) return distinct(gallery);
  const preview = post.preview?.images.map((image) => unescaped(image.source.url)) ?? [];
  if (preview.length) return distinct(preview);
  const link = unescaped(post.url);
  return link && (post.post_hint === 'image' || IMAGE_FILE.test(new URL(link).pathname)) ? [link] : [];
}

/** Self-post HTML as sent: raw with raw_json=1, escaped (`&lt;div`) without. */
function bodyHtml(post: Post): string | null {
  const html = post.selftext_html;
  if (!html) return null;
  return html.startsWith('&lt;') ? decodeHTMLStrict(html) : html;
}

function postItem(post: Post): ReadItem {
  const media = images(post);
  const html = bodyHtml(post);
  const url = `${REDDIT_WEB}${post.permalink}`;
  const link = post.is_self ? null : unescaped(post.url);
  return readItem({
    externalId: post.name,
    url,
    title: post.title,
    text: html ? plainText(html) : post.selftext || null,
    html,
    author: post.author && post.author !== '[deleted]' ? post.author : null,
    publishedAt: new Date(post.created_utc * 1000).toISOString(),
    mediaUrls: media,
    // `thumbnail` is a URL, or a word for the lack of one (self, default, nsfw, spoiler).
    imageUrl: media[0] ?? unescaped(post.thumbnail),
    metrics: metrics({ score: post.score, comments: post.num_comments }),
    tags: post.link_flair_text ? [post.link_flair_text] : [],
    extra: {
      subreddit: post.subreddit ?? null,
      upvoteRatio: post.upvote_ratio ?? null,
      nsfw: post.over_18 ?? false,
      stickied: post.stickied ?? false,
      spoiler: post.spoiler ?? false,
      locked: post.locked ?? false,
      distinguished: post.distinguished ?? null,
      crossposts: post.num_crossposts ?? null,
      linkUrl: link === url ? null : link,
      domain: post.domain ?? null,
      videoUrl: unescaped((post.secure_media ?? post.media)?.reddit_video.fallback_url),
      isGallery: post.is_gallery ?? false,
      editedAt: post.edited ? new Date(post.edited * 1000).toISOString() : null,
    },
  });
}

/** The posts (t3) of a listing; anything that is not a listing is Reddit not answering as it should. */
export function parseListing(json: unknown): ReadItem[] {
  const listing = Listing.safeParse(json);
  if (!listing.success) throw new Unavailable('Reddit answered something other than a listing.');
  const posts = listing.data.data.children.filter((c) => c.kind === 't3').map((c) => c.data);
  return parseEach(Post, posts).map(postItem);
}
