/**
 * Sources and their content written straight to D1 and R2, as a finished read and its
 * analysis would have left them, without the queues. The items are a real reader's output
 * (the parser run on a fixture); the rows mirror what ingest (features/sources/ingest) and
 * analysis (features/content/analysis) write, computed with the app's own helpers.
 * test/seed.test.ts compares them with what the real pipeline writes.
 */
import { env } from 'cloudflare:workers';
import { analyzeLocally } from '../worker/ai/local';
import type { SourceType } from '../worker/connectors/platforms';
import { readerFor } from '../worker/connectors/readers';
import type { ReadItem, ReadResult } from '../worker/connectors/readers/types';
import type { LocalAnalysis } from '../worker/db/documents';
import { contentAnalysis } from '../worker/db/schema/content-analysis';
import { type ContentItem, contentItems } from '../worker/db/schema/content-items';
import { metricSnapshots } from '../worker/db/schema/metric-snapshots';
import { type Source, sources } from '../worker/db/schema/sources';
import { engagementRate, outlierScore, perFollower, velocity } from '../worker/features/content/analysis/metrics';
import { nextRunAfter } from '../worker/features/sources/ingest/failures';
import { engagementOf, fingerprint, hasMetrics, metricColumns } from '../worker/features/sources/ingest/fingerprint';
import { imageKey } from '../worker/features/sources/ingest/images';
import { toHex } from '../worker/lib/encoding';
import { newId } from '../worker/lib/ids';
import { sanitizeHtml } from '../worker/lib/sanitize-html';
import type { TestUser } from './factories';
import { type Batch, into } from './seed-rows';

/** What analysis notes on an item when the workspace has no AI provider (analyze-content.ts). */
export const NO_PROVIDER_NOTE = 'Analysed by the local engine only: no AI provider is configured.';

export interface SeedSourceInput {
  /** Who added the source (its workspace is theirs). */
  owner: TestUser;
  type: SourceType;
  config: Record<string, string>;
  /** What the reader returned. */
  read: ReadResult & { etag?: string | null; lastModified?: string | null };
  /** How many times the same read happened (each read of items with numbers adds a snapshot). */
  reads?: number;
}

/** A source after `reads` successful reads, its items, their snapshots, stored images and analyses. */
export function seedSource(input: SeedSourceInput, batch?: Batch): Promise<{ source: Source; items: ContentItem[] }> {
  return into(batch, (b) => sourceRows(input, b));
}

async function sourceRows(input: SeedSourceInput, b: Batch): Promise<{ source: Source; items: ContentItem[] }> {
  const reader = readerFor(input.type);
  if (!reader) throw new Error(`no reader for ${input.type}`);
  const reads = input.reads ?? 1;
  const now = Date.now();
  // Reads an hour apart, the last one now.
  const readAt = Array.from({ length: reads }, (_, i) => new Date(now - (reads - 1 - i) * 3_600_000));
  const firstRead = readAt[0] ?? new Date(now);
  const lastRead = readAt.at(-1) ?? firstRead;
  const items = [...new Map(input.read.items.map((item) => [item.externalId, item])).values()];

  const rows: ContentItem[] = [];
  const workspaceId = input.owner.workspaceId;
  for (const item of items) rows.push(await itemRow(item, workspaceId, reader.platform, firstRead));
  const title = input.read.source?.title?.trim();
  const source: Source = {
    id: newId('src', firstRead.getTime()),
    workspaceId,
    type: input.type,
    name: title ? title.slice(0, 100) : reader.defaultName(input.config),
    config: input.config,
    identity: `${input.type}:${reader.identity(input.config)}`,
    intervalMinutes: 60,
    status: 'active',
    pausedReason: null,
    nextRunAt: nextRunAfter(lastRead, 60),
    lastRunAt: lastRead,
    lastSuccessAt: lastRead,
    lastError: null,
    consecutiveFailures: 0,
    runningJobId: null,
    etag: input.read.etag ?? null,
    lastModified: input.read.lastModified ?? null,
    details: input.read.source ? { ...input.read.source } : null,
    itemCount: rows.length,
    createdBy: input.owner.id,
    createdAt: firstRead,
    updatedAt: lastRead,
  };
  for (const row of rows) {
    row.sourceId = source.id;
    row.imageKey = await storeImage(row.imageUrl);
  }
  const snapshots = rows.flatMap((row) => {
    const metrics = {
      views: row.views,
      likes: row.likes,
      comments: row.comments,
      shares: row.shares,
      score: row.score,
    };
    if (!hasMetrics(metrics)) return [];
    return readAt.map((at) => ({ id: newId('met', at.getTime()), contentId: row.id, capturedAt: at, ...metrics }));
  });
  // Created under its default name; the first read renames it to what it calls itself.
  const created = { type: input.type, name: reader.defaultName(input.config) };
  b.add(b.db.insert(sources).values(source));
  b.audit(input.owner, 'source.created', { type: 'source', id: source.id }, created);
  b.add(
    ...rows.map((row) => b.db.insert(contentItems).values(row)),
    ...snapshots.map((snapshot) => b.db.insert(metricSnapshots).values(snapshot)),
  );
  for (const row of rows) b.add(b.db.insert(contentAnalysis).values(analysisRow(row, rows, snapshots, firstRead)));
  return { source, items: rows };
}

/** An item as upsertItems inserts it on its first read. */
/**
 * What an item's row derives from the item alone (sanitized HTML, fingerprint, the local
 * engine's reading): the same for every world, so worked out once per test file.
 */
const derived = new Map<string, Promise<{ html: string | null; fingerprint: string }>>();
const readings = new Map<string, LocalAnalysis>();

function derive(item: ReadItem) {
  const key = JSON.stringify(item);
  let found = derived.get(key);
  if (!found) {
    found = fingerprint(item).then((print) => ({
      html: item.html ? sanitizeHtml(item.html, item.url ?? 'https://invalid.invalid/') : null,
      fingerprint: print,
    }));
    derived.set(key, found);
  }
  return found;
}

function readLocally(text: string, title: string | null): LocalAnalysis {
  const key = JSON.stringify([text, title]);
  let found = readings.get(key);
  if (!found) {
    found = analyzeLocally(text, { title: title ?? undefined });
    readings.set(key, found);
  }
  return found;
}

async function itemRow(item: ReadItem, workspaceId: string, platform: string, at: Date): Promise<ContentItem> {
  const metrics = metricColumns(item.metrics);
  const { html, fingerprint } = await derive(item);
  return {
    id: newId('cnt', at.getTime()),
    workspaceId,
    sourceId: null,
    platform,
    externalId: item.externalId,
    url: item.url,
    title: item.title,
    text: item.text,
    html,
    author: item.author,
    publishedAt: item.publishedAt ? new Date(item.publishedAt) : null,
    mediaUrls: item.mediaUrls,
    imageKey: null,
    imageUrl: item.imageUrl,
    tags: item.tags,
    extra: item.extra,
    ...metrics,
    engagement: engagementOf(metrics),
    fingerprint,
    firstSeenAt: at,
    updatedAt: at,
  };
}

/** Images fetched once per test file (the fixture's answers do not change). */
const images = new Map<string, Promise<{ bytes: Uint8Array; type: string; key: string }>>();

/** The image copied into R2 the way storeImages does it, or null when there is none. */
async function storeImage(url: string | null): Promise<string | null> {
  if (!url) return null;
  let image = images.get(url);
  if (!image) {
    image = fetch(url).then(async (res) => {
      const type = (res.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!res.ok || !type.startsWith('image/'))
        throw new Error(`seed: ${url} is not an image (${res.status} ${type})`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      return { bytes, type, key: imageKey(toHex(await crypto.subtle.digest('SHA-256', bytes))) };
    });
    images.set(url, image);
  }
  const { bytes, type, key } = await image;
  await env.MEDIA.put(key, bytes, {
    httpMetadata: { contentType: type, cacheControl: 'public, max-age=31536000, immutable' },
  });
  return key;
}

/** The analysis the job writes after the first read, with no AI provider configured. */
function analysisRow(
  item: ContentItem,
  all: ContentItem[],
  snapshots: { contentId: string; capturedAt: Date; views: number | null }[],
  at: Date,
) {
  const lead = (row: { views: number | null; engagement: number }) => row.views ?? row.engagement;
  const peers = item.author
    ? all
        .filter((row) => row.author === item.author && row.id !== item.id)
        .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))
        .slice(0, 20)
    : [];
  const history = snapshots
    .filter((s) => s.contentId === item.id && s.capturedAt.getTime() <= at.getTime())
    .map((s) => ({ capturedAt: s.capturedAt, views: s.views, engagement: item.engagement }));
  const hasText = Boolean(item.title?.trim() || item.text?.trim());
  return {
    contentId: item.id,
    workspaceId: item.workspaceId,
    engagementRate: engagementRate(item.engagement, item.views),
    engagementPerFollower: perFollower(item.engagement, null),
    velocity: velocity(history),
    outlierScore: outlierScore(lead(item), peers.map(lead)),
    outlierBasis: peers.length,
    local: hasText ? readLocally(item.text ?? item.title ?? '', item.title) : null,
    engine: 'local',
    insight: null,
    visual: null,
    provider: null,
    model: null,
    promptVersion: null,
    insightNote: hasText ? NO_PROVIDER_NOTE : null,
    computedAt: at,
  };
}
