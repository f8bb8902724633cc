import type { ContentItem } from '../../db/schema/content-items';
import { httpUrl, httpUrls, withoutActiveLinks } from '../../lib/http-url';
import { signPath } from '../../lib/signed-url';

/**
 * An item as the API shows it. Its image is the copy in R2, by a signed link that pages can
 * use in <img> — never the third party's own URL. Links are http(s) only, also for rows
 * stored before ingest dropped the others.
 */
export async function presentContent(item: ContentItem, secret: string) {
  const hash = item.imageKey?.split('/').at(-1);
  return {
    id: item.id,
    sourceId: item.sourceId,
    platform: item.platform,
    externalId: item.externalId,
    url: httpUrl(item.url),
    title: item.title,
    text: item.text,
    author: item.author,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    mediaUrls: httpUrls(item.mediaUrls),
    imageUrl: hash ? await signPath(secret, `/api/v1/images/${hash}`) : null,
    metrics: { views: item.views, likes: item.likes, comments: item.comments, shares: item.shares, score: item.score },
    engagement: item.engagement,
    tags: item.tags,
    firstSeenAt: item.firstSeenAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}

/** An item's platform details without script, vbscript or data links, however old the row. */
export function presentExtra(extra: Record<string, unknown>): Record<string, unknown> {
  return withoutActiveLinks(extra);
}
