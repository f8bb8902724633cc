import { z } from '@hono/zod-openapi';
import { PUBLISH_PLATFORMS } from '../../connectors/platforms';
import { Id, Name, Timestamp } from '../../core/http/schemas';
import { MEDIA_KINDS } from '../../db/schema/media';
import { TARGET_STATUSES } from '../../db/schema/post-targets';
import { POST_STATUSES } from '../../db/schema/posts';
import { ACCOUNT_STATUSES } from '../../db/schema/social-accounts';

export const HttpUrl = z
  .url({ protocol: /^https?$/, message: 'Give an http(s) address.' })
  .max(2048, 'Use at most 2048 characters.');

export const AccountSchema = z
  .object({
    id: z.string(),
    platform: z.enum(PUBLISH_PLATFORMS),
    name: z.string(),
    handle: z.string(),
    serviceUrl: z.string(),
    status: z.enum(ACCOUNT_STATUSES),
    statusReason: z.string().nullable(),
    limits: z.object({
      maxChars: z.number().int(),
      countsBy: z.enum(['graphemes', 'characters']),
      urlLength: z.number().int().optional(),
      maxImages: z.number().int(),
      maxVideos: z.number().int(),
      maxImageBytes: z.number().int().optional(),
      maxVideoBytes: z.number().int().optional(),
      imageTypes: z.array(z.string()).optional(),
      videoTypes: z.array(z.string()).optional(),
      mixesImagesAndVideos: z.boolean().optional(),
      maxVideoDurationMs: z.number().int().optional(),
      maxImagePixels: z.number().int().optional(),
      maxVideoPixels: z.number().int().optional(),
      aspectRatio: z.object({ min: z.number(), max: z.number() }).optional(),
    }),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .openapi('Account');

export const ConnectAccount = z
  .discriminatedUnion('platform', [
    z.object({
      platform: z.literal('bluesky'),
      serviceUrl: HttpUrl.default('https://bsky.social'),
      handle: z.string().trim().min(1, 'Required.').max(253),
      appPassword: z.string().min(1, 'Required.').max(200),
    }),
    z.object({
      platform: z.literal('mastodon'),
      instanceUrl: HttpUrl,
      accessToken: z.string().min(1, 'Required.').max(500),
    }),
    z.object({ platform: z.literal('webhook'), url: HttpUrl, name: Name.optional() }),
  ])
  .openapi('AccountConnect', {
    description:
      'Bluesky with an app password (its session is kept and refreshed); Mastodon with an access token; a webhook target (its signing secret is answered once).',
  });

export const AccountStatusChange = z
  .object({ status: z.enum(['disabled', 'active']) })
  .openapi('AccountStatusChange', { description: 'disabled pauses the account, active resumes it' });

export const ConnectedAccount = AccountSchema.extend({
  secret: z
    .string()
    .optional()
    .openapi({ description: 'A webhook target’s signing secret: shown this once, never again' }),
}).openapi('AccountConnected');

const Body = z.string().min(1, 'Write something.').max(10_000, 'Use at most 10,000 characters.');

/** A part's files from the workspace's media library, in the order they show. */
const MediaIds = z
  .array(Id)
  .max(4, 'At most 4 files per part.')
  .refine((ids) => new Set(ids).size === ids.length, 'Each file once per part.')
  .openapi({ description: 'Ids of files in the workspace’s media library, in order' });

/** A file as a post shows it. */
export const PostMediaSchema = z
  .object({
    id: z.string(),
    kind: z.enum(MEDIA_KINDS),
    type: z.string(),
    url: z.string(),
    alt: z.string().nullable(),
    width: z.number().int().nullable(),
    height: z.number().int().nullable(),
    durationMs: z.number().int().nullable(),
  })
  .openapi('PostMedia');

const ThreadInput = z
  .array(z.object({ body: Body, mediaIds: MediaIds.optional() }))
  .max(24, 'At most 25 parts in a thread.');

export const TargetSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  body: z.string().nullable(),
  status: z.enum(TARGET_STATUSES),
  externalId: z.string().nullable(),
  url: z.string().nullable(),
  error: z.string().nullable(),
  attempts: z.number().int(),
  publishedAt: Timestamp.nullable(),
  events: z.array(z.object({ status: z.enum(TARGET_STATUSES), at: Timestamp, reason: z.string().nullable() })),
});

export const PostSchema = z
  .object({
    id: z.string(),
    status: z.enum(POST_STATUSES),
    body: z.string(),
    media: z.array(PostMediaSchema),
    thread: z.array(z.object({ body: z.string(), media: z.array(PostMediaSchema) })),
    scheduledAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    targets: z.array(TargetSchema),
  })
  .openapi('Post');

const Instant = z.iso.datetime({ offset: true, message: 'Give a date-time with its offset (ISO 8601).' });

export const CreatePost = z
  .object({
    body: Body,
    mediaIds: MediaIds.optional(),
    targets: z
      .array(z.object({ accountId: Id, body: Body.optional() }))
      .min(1, 'Choose at least one account.')
      .max(20, 'At most 20 accounts per post.'),
    thread: ThreadInput.optional(),
    scheduledAt: Instant.optional(),
    publishNow: z.boolean().optional(),
    queue: z.boolean().optional().openapi({ description: 'Put it in the first posting time free on every account' }),
  })
  .refine((post) => !(post.publishNow && post.scheduledAt), {
    path: ['scheduledAt'],
    message: 'Either publish now or give a time, not both.',
  })
  .refine((post) => !(post.queue && (post.publishNow || post.scheduledAt)), {
    path: ['queue'],
    message: 'Add it to the queue, give a time, or publish now: one of them.',
  })
  .openapi('PostCreate');

export const UpdatePost = z
  .object({
    body: Body.optional(),
    mediaIds: MediaIds.optional().openapi({ description: 'Replaces the first part’s files' }),
    thread: ThreadInput.optional().openapi({ description: 'Replaces the replies, their files with them' }),
    scheduledAt: Instant.nullable().optional(),
  })
  .openapi('PostUpdate');

export const RetryPost = z
  .object({ targetIds: z.array(Id).min(1).max(20).optional() })
  .openapi('PostRetry', { description: 'Retry only these targets (all that wait for a retry when left out)' });

export const PostQuery = z.object({
  status: z.enum(POST_STATUSES).optional(),
  from: Instant.optional(),
  to: Instant.optional(),
});

/** A time in the past (beyond a minute's grace for clocks and typing) cannot be scheduled. */
export const SCHEDULE_GRACE_MS = 60_000;
