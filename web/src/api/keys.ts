/**
 * Query keys. Everything of a workspace sits under ['ws', id, area, …], so a live event or
 * a mutation can invalidate one area of one workspace without touching the others.
 */
export const keys = {
  me: ['me'] as const,
  workspace: (wid: string) => ['ws', wid] as const,
  area: (wid: string, area: Area) => ['ws', wid, area] as const,
  job: (wid: string, jobId: string) => ['ws', wid, 'jobs', 'one', jobId] as const,
  jobList: (wid: string, status?: string) => ['ws', wid, 'jobs', 'list', status ?? 'all'] as const,
  auditList: (wid: string, action?: string, limit?: number) =>
    ['ws', wid, 'audit', action ?? 'all', limit ?? 'default'] as const,
  sourceList: (wid: string, filter: object) => ['ws', wid, 'sources', 'list', filter] as const,
  source: (wid: string, sourceId: string) => ['ws', wid, 'sources', 'one', sourceId] as const,
  contentList: (wid: string, filter: object) => ['ws', wid, 'content', 'list', filter] as const,
  contentItem: (wid: string, contentId: string) => ['ws', wid, 'content', 'one', contentId] as const,
  contentInsights: (wid: string, filter: object) => ['ws', wid, 'content', 'insights', filter] as const,
  aiSettings: (wid: string) => ['ws', wid, 'ai', 'settings'] as const,
  aiUsage: (wid: string, days: number) => ['ws', wid, 'ai', 'usage', days] as const,
  brandVoiceList: (wid: string) => ['ws', wid, 'brand-voices', 'list'] as const,
  accountList: (wid: string) => ['ws', wid, 'accounts', 'list'] as const,
  postList: (wid: string, filter: object) => ['ws', wid, 'posts', 'list', filter] as const,
  post: (wid: string, postId: string) => ['ws', wid, 'posts', 'one', postId] as const,
  mediaList: (wid: string, filter: object) => ['ws', wid, 'media', 'list', filter] as const,
  postMetrics: (wid: string, postId: string) => ['ws', wid, 'posts', 'metrics', postId] as const,
  accountMetrics: (wid: string, accountId: string, timeZone: string) =>
    ['ws', wid, 'accounts', 'metrics', accountId, timeZone] as const,
  invitation: (token: string) => ['invitation', token] as const,
};

export type Area =
  | 'details'
  | 'members'
  | 'invitations'
  | 'api-keys'
  | 'audit'
  | 'jobs'
  | 'sources'
  | 'content'
  | 'ai'
  | 'brand-voices'
  | 'accounts'
  | 'posts'
  | 'media';
