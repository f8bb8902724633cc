import { z } from '@hono/zod-openapi';
import { PUBLISH_PLATFORMS } from '../../connectors/platforms';
import { Timestamp } from '../../core/http/schemas';

const Count = z.number().int().nullable();
const Numbers = { likes: Count, reposts: Count, replies: Count, quotes: Count };

export const TargetMetricsSchema = z
  .object({
    targetId: z.string(),
    accountId: z.string(),
    platform: z.enum(PUBLISH_PLATFORMS),
    latest: z.object({ ...Numbers, at: Timestamp }).nullable(),
    series: z.array(z.object({ at: Timestamp, ...Numbers })),
    gone: z.boolean().openapi({ description: 'The platform says the post no longer exists: collection stopped' }),
  })
  .openapi('TargetMetrics', {
    description:
      'A published target’s numbers, read hourly for 30 days (Bluesky likes, reposts, replies, quotes; Mastodon favourites as likes, reblogs as reposts, replies, quotes where the server counts them; null where the platform has no such number)',
  });

export const PostMetricsSchema = z.object({ targets: z.array(TargetMetricsSchema) }).openapi('PostMetrics');

export const AccountMetricsSchema = z
  .object({
    followers: z.array(z.object({ at: Timestamp, followers: Count, following: Count, posts: Count })),
    bestHours: z.array(
      z.object({
        weekday: z.number().int().openapi({ description: 'ISO 8601: 1 is Monday, 7 is Sunday' }),
        hour: z.number().int().openapi({ description: '0–23 in the asked time zone' }),
        posts: z.number().int(),
        engagement: z.number().openapi({ description: 'The median of likes + reposts + replies + quotes' }),
      }),
    ),
  })
  .openapi('AccountMetrics', {
    description:
      'The account’s audience over the last 30 days, and the hours of the week its posts did best in: its published posts grouped by the weekday and hour they went out (in `timeZone`), ranked by the median of each post’s likes + reposts + replies + quotes at its latest reading',
  });

export const MetricsQuery = z.object({
  timeZone: z
    .string()
    .max(64)
    .optional()
    .openapi({ description: 'An IANA time zone for best hours (Europe/Berlin); UTC when left out', example: 'UTC' }),
});
