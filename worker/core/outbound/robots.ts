import { eq } from 'drizzle-orm';
import { createDb } from '../../db/client';
import { robotsCache } from '../../db/schema/robots-cache';
import { isAllowed, type RobotsRules, rulesFor } from '../../lib/robots-parse';
import { ConnectorError, Unavailable } from './errors';
import type { OutboundPolicy } from './policy';
import { BOT_NAME } from './policy';

const DAY_MS = 24 * 60 * 60 * 1000;
/** RFC 9309 §2.5: crawlers must read at least 500 KiB of a robots.txt. */
const MAX_ROBOTS_BYTES = 512 * 1024;
const NO_RULES: RobotsRules = { rules: [], crawlDelaySeconds: null };

/** Fetches a robots.txt (the caller's outbound fetch, without robots rules of its own). */
export type RobotsReader = (robotsUrl: string, maxBytes: number) => Promise<{ status: number; body: string }>;

const memory = new Map<string, { rules: RobotsRules; expires: number }>();

/**
 * The rules of `origin` for our bot, from the isolate, then D1 (a day), then the site.
 * A missing robots.txt (4xx) allows everything; a site whose robots.txt cannot be read
 * (5xx, unreachable) is not crawled now — the run is retried later (RFC 9309 §2.3.1.4).
 */
async function rulesOf(env: Env, origin: string, read: RobotsReader): Promise<RobotsRules> {
  const remembered = memory.get(origin);
  if (remembered && remembered.expires > Date.now()) return remembered.rules;
  const db = createDb(env.DB);
  const [cached] = await db.select().from(robotsCache).where(eq(robotsCache.origin, origin));
  let status: number;
  let body: string;
  if (cached && cached.expiresAt.getTime() > Date.now()) {
    ({ status, body } = cached);
  } else {
    try {
      ({ status, body } = await read(`${origin}/robots.txt`, MAX_ROBOTS_BYTES));
    } catch (error) {
      const clientError = error instanceof ConnectorError && error.status !== undefined && error.status < 500;
      if (!clientError)
        throw new Unavailable(`robots.txt of ${origin} could not be read, so the page is not fetched now.`);
      status = error.status ?? 404;
      body = '';
    }
    const now = Date.now();
    const row = { origin, status, body, fetchedAt: new Date(now), expiresAt: new Date(now + DAY_MS) };
    await db.insert(robotsCache).values(row).onConflictDoUpdate({ target: robotsCache.origin, set: row });
  }
  const rules = status >= 200 && status < 300 ? rulesFor(body, BOT_NAME) : NO_RULES;
  memory.set(origin, { rules, expires: Date.now() + 5 * 60 * 1000 });
  return rules;
}

/**
 * Whether robots.txt lets our bot fetch `url`, and the crawl delay it asks for (which the
 * politeness wait then honours).
 */
export async function robotsCheck(
  env: Env,
  url: URL,
  policy: OutboundPolicy,
  read: RobotsReader,
): Promise<{ allowed: boolean; intervalMs: number }> {
  const rules = await rulesOf(env, url.origin, read);
  const delayMs = (rules.crawlDelaySeconds ?? 0) * 1000;
  return { allowed: isAllowed(rules, url.pathname + url.search), intervalMs: Math.max(policy.hostIntervalMs, delayMs) };
}

/** Forgets remembered rules (tests, and after a site changes its robots.txt). */
export function forgetRobots(): void {
  memory.clear();
}
