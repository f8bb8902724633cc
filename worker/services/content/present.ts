import type { ContentItem } from '../../db/schema';

/** An item as the API shows it; the image is served by the API from R2, never hotlinked. */
export function presentContent(item: ContentItem) {
  return {
    id: item.id,
    sourceId: item.sourceId,
    platform: item.platform,
    externalId: item.externalId,
    url: item.url,
    title: item.title,
    text: item.text,
    author: item.author,
    publishedAt: item.publishedAt?.toISOString() ?? null,
    mediaUrls: item.mediaUrls,
    imagePath: item.imageKey ? `/api/v1/workspaces/${item.workspaceId}/content/${item.id}/image` : null,
    metrics: { views: item.views, likes: item.likes, comments: item.comments, shares: item.shares, score: item.score },
    engagement: item.engagement,
    tags: item.tags,
    firstSeenAt: item.firstSeenAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}
