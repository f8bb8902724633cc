import type { InferRequestType, InferResponseType } from 'hono/client';
import type { api, ws } from './client';

/** Answer shapes, inferred from the Worker's routes. */
export type Me = InferResponseType<typeof api.me.$get, 200>;
export type User = Me['user'];
export type WorkspaceSummary = Me['workspaces'][number];
export type Workspace = InferResponseType<typeof ws.$get, 200>;
export type Member = InferResponseType<typeof ws.members.$get, 200>['items'][number];
export type Invitation = InferResponseType<typeof ws.invitations.$get, 200>['items'][number];
export type ApiKey = InferResponseType<(typeof ws)['api-keys']['$get'], 200>['items'][number];
export type AuditEntry = InferResponseType<typeof ws.audit.$get, 200>['items'][number];
export type Job = InferResponseType<(typeof ws.jobs)[':jobId']['$get'], 200>;
export type JobStatus = Job['status'];

/** One page of a cursor-paginated list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export type JobKind = NonNullable<NonNullable<InferRequestType<typeof ws.jobs.$get>['query']>['kind']>;

type SourceList = InferResponseType<typeof ws.sources.$get, 200>;
export type Source = SourceList['items'][number];
export type SourceType = Source['type'];
export type SourceStatus = Source['status'];
export type SourceCreate = InferRequestType<typeof ws.sources.$post>['json'];
export type ContentItem = InferResponseType<typeof ws.content.$get, 200>['items'][number];
export type ContentDetail = InferResponseType<(typeof ws.content)[':contentId']['$get'], 200>;
export type ContentSort = NonNullable<NonNullable<InferRequestType<typeof ws.content.$get>['query']>['sort']>;
export type Metrics = ContentItem['metrics'];
export type MetricSnapshot = ContentDetail['history'][number];

export type ContentAnalysis = NonNullable<ContentDetail['analysis']>;
export type ContentInsights = InferResponseType<typeof ws.content.insights.$get, 200>;
export type InsightAggregate = ContentInsights['topics'][number];

export type AiSettings = InferResponseType<typeof ws.ai.settings.$get, 200>;
export type AiSettingsInput = InferRequestType<typeof ws.ai.settings.$put>['json'];
export type AiProviderKind = AiSettings['providers'][number]['kind'];
export type AiTestResult = InferResponseType<typeof ws.ai.settings.test.$post, 200>['results'][number];
export type AiUsage = InferResponseType<typeof ws.ai.usage.$get, 200>;
export type AiUsageDay = AiUsage['days'][number];
export type GenerateRequest = InferRequestType<typeof ws.ai.generate.$post>['json'];
export type GenerateResult = InferResponseType<typeof ws.ai.generate.$post, 200>;
export type GeneratedItem = GenerateResult['items'][number];
export type GenerationKind = GenerateRequest['kind'];
export type GenerationPlatform = NonNullable<GenerateRequest['platform']>;

export type BrandVoice = InferResponseType<(typeof ws)['brand-voices']['$get'], 200>['items'][number];
export type BrandVoiceInput = InferRequestType<(typeof ws)['brand-voices']['$post']>['json'];

export type Account = InferResponseType<typeof ws.accounts.$get, 200>['items'][number];
export type AccountConnect = InferRequestType<typeof ws.accounts.$post>['json'];
export type ConnectedAccount = InferResponseType<typeof ws.accounts.$post, 201>;
export type PublishPlatform = Account['platform'];
export type AccountLimits = Account['limits'];
export type Post = InferResponseType<typeof ws.posts.$get, 200>['items'][number];
export type PostTarget = Post['targets'][number];
export type TargetStatus = PostTarget['status'];
export type TargetEvent = PostTarget['events'][number];
export type PostStatus = Post['status'];
export type PostCreate = InferRequestType<typeof ws.posts.$post>['json'];
export type PostUpdate = InferRequestType<(typeof ws.posts)[':postId']['$patch']>['json'];

export type Media = InferResponseType<typeof ws.media.$get, 200>['items'][number];
export type MediaKind = Media['kind'];
