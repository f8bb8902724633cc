/**
 * What the platform readers (YouTube, Reddit, Google Trends, Bluesky) share: requests read in
 * the service's own error vocabulary (as data, mapped in core/outbound/http-errors) with back-off, lenient reading of what the services answer,
 * and the ReadItem / SourceRead they build.
 */
import { z } from 'zod';
import { RateLimited, Unavailable } from '../../core/outbound/errors';
import type { Fetched, OutboundOptions } from '../../core/outbound/fetch';
import { budgetResetSeconds, inTermsOf, type ServiceErrors } from '../../core/outbound/http-errors';
import { child, type XmlElement } from './feed/xml';
import type { ReaderContext, SourceRead } from './reader';
import type { Metrics, ReadItem, ReadResult } from './types';

/** How a reader speaks to one service. */
export interface Service {
  /** How the service speaks about errors (core/outbound/http-errors); its name keys its back-off. */
  errors: ServiceErrors;
  /** What the service's limits are counted on besides its host (an API key), if anything. */
  scope?: string;
}

/** Until when (ms) each service asked us to stay away, per isolate: requests in between are not sent. */
const holds = new Map<string, number>();

/** For tests: forget every back-off. */
export function forgetHolds(): void {
  holds.clear();
}

function hold(key: string, seconds: number): void {
  holds.set(key, Math.max(holds.get(key) ?? 0, Date.now() + seconds * 1000));
}

/**
 * ctx.fetch, speaking the service's language: status errors become the service's typed
 * errors, and once it has said "slow down" (a 429, a spent quota or rate-limit budget) no
 * further request goes to it from this isolate until it said to come back.
 */
export async function fetchFrom(
  ctx: Pick<ReaderContext, 'fetch'>,
  service: Service,
  url: string,
  options: OutboundOptions = {},
): Promise<Fetched> {
  const { name, budget } = service.errors;
  const key = `${name} ${new URL(url).host} ${service.scope ?? ''}`;
  const until = holds.get(key) ?? 0;
  if (until > Date.now()) {
    const seconds = Math.ceil((until - Date.now()) / 1000);
    throw new RateLimited(seconds, `${name} asked us to wait; retry in ${seconds} s.`);
  }
  try {
    const fetched = await ctx.fetch(url, options);
    const spent = budget ? budgetResetSeconds(fetched.headers, budget) : null;
    if (spent) hold(key, spent);
    return fetched;
  } catch (error) {
    const mapped = inTermsOf(error, service.errors);
    if (mapped instanceof RateLimited) hold(key, mapped.retryAfter);
    throw mapped;
  }
}

/** The body as JSON; an answer that is not JSON (an HTML error or block page) is the service failing. */
export function jsonOf(fetched: Fetched, service: Service): unknown {
  try {
    return JSON.parse(fetched.text().text);
  } catch {
    throw new Unavailable(`${service.errors.name} answered something that is not JSON.`, fetched.status);
  }
}

/** JSON of an error body, or null when it is empty or not JSON. */
export function jsonOrNull(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/** `base` + `path` with query parameters; bases come from env and may end in a slash. */
export function endpoint(base: string, path: string, params: Record<string, string> = {}): string {
  const url = new URL(`${base.replace(/\/+$/, '')}${path}`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

/** A 304: nothing new; the validators stay what they were unless the answer renewed them. */
export function notModifiedRead(ctx: Pick<ReaderContext, 'previous'>, fetched: Fetched): SourceRead {
  return {
    items: [],
    notModified: true,
    etag: fetched.etag ?? ctx.previous.etag,
    lastModified: fetched.lastModified ?? ctx.previous.lastModified,
  };
}

/** What a read returns, with the validators of `fetched` when it was the conditional request. */
export function sourceRead(items: ReadItem[], source: SourceDetails, fetched?: Fetched): SourceRead {
  return {
    items,
    source,
    notModified: fetched?.notModified ?? false,
    etag: fetched?.etag ?? null,
    lastModified: fetched?.lastModified ?? null,
  };
}

/**
 * What a source says about itself, plus its own counters (a channel's subscribers…). `stats`
 * rides along for the sources table's `details` until ReadResult['source'] names it.
 */
export type SourceDetails = NonNullable<ReadResult['source']> & { stats?: Record<string, number> };

/** A ReadItem with every field the platform does not give left empty. */
export function readItem(fields: Pick<ReadItem, 'externalId'> & Partial<ReadItem>): ReadItem {
  const item: ReadItem = {
    externalId: fields.externalId,
    url: null,
    title: null,
    text: null,
    html: null,
    author: null,
    publishedAt: null,
    mediaUrls: [],
    imageUrl: null,
    metrics: {},
    tags: [],
    extra: {},
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) Object.assign(item, { [key]: value });
  return item;
}

/** Only the counters the platform gave, as finite numbers. */
export function metrics(values: Partial<Record<keyof Metrics, number | null>>): Metrics {
  const out: Metrics = {};
  for (const [name, value] of Object.entries(values) as [keyof Metrics, number | null | undefined][]) {
    if (typeof value === 'number' && Number.isFinite(value)) out[name] = value;
  }
  return out;
}

/** A counter as APIs write it: a number, or digits in a string (YouTube). Anything else is absent. */
export const Count = z
  .unknown()
  .optional()
  .transform((value): number | undefined => {
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
  });

/** A field worth having but not worth losing the item over: a wrong shape reads as absent. */
export function lenient<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

/** The values that fit the schema; the others are skipped (one odd post does not sink a read). */
export function parseEach<T extends z.ZodType>(schema: T, values: readonly unknown[]): z.infer<T>[] {
  const out: z.infer<T>[] = [];
  for (const value of values) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** An absolute http(s) URL, or null. */
export function absoluteUrl(value: unknown, base?: string): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** ISO 8601 UTC of a date string the service wrote (RFC 3339, RFC 822), or null. */
export function isoDate(value: string | null | undefined): string | null {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Distinct, in first-seen order, without the nulls. */
export function distinct(values: readonly (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}

/**
 * A field users type in many forms (a name, a link…) that `normalize` maps to one canonical
 * form, or refuses with `message`. A refinement, not a transform, so that in a union of
 * configs the option the body meant reports its own message.
 */
export function normalized(normalize: (input: string) => string | null, message: string) {
  return z
    .string()
    .refine((value) => normalize(value) !== null, message)
    .transform((value) => normalize(value) ?? value);
}

/** The address in what a user typed (the scheme may be left out), when it is on a host `host` matches. */
export function addressOn(input: string, host: RegExp): URL | null {
  const text = input.trim();
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    return host.test(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

/** A search query as users type it; its identity ignores case and spacing. */
export const SearchQuery = z.string().trim().min(1, 'Give something to search for.').max(200);

export function queryIdentity(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The trimmed text of a child element, or null. */
export function childText(parent: XmlElement | undefined, name: string): string | null {
  const text = parent ? child(parent, name)?.text.trim() : undefined;
  return text ? text : null;
}
