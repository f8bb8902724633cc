import { DurableObject } from 'cloudflare:workers';

/** A token bucket: `limit` tokens, refilled evenly over `periodSeconds`. */
export interface RatePolicy {
  limit: number;
  periodSeconds: number;
  /** Tokens this call takes (default 1). */
  cost?: number;
}

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the call would be allowed (whole, at least 1); 0 when allowed. */
  retryAfter: number;
  /** The same in milliseconds, for callers that wait rather than answer 429. */
  retryAfterMs: number;
  /** Seconds until the bucket is full again. */
  resetAfter: number;
}

/**
 * Token buckets keyed by any string, persisted in the object's SQLite storage. The Worker
 * addresses one object per key (`idFromName(key)`), so a hot key never slows another; the
 * object's input gate makes each `take` atomic without locks.
 */
export class RateLimiter extends DurableObject<Env> {
  /** When the clean-up alarm is set for, kept in memory to spare a storage read per call. */
  #alarmAt: number | null | undefined;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(
      'CREATE TABLE IF NOT EXISTS buckets (key TEXT PRIMARY KEY, tokens REAL NOT NULL, updated_at INTEGER NOT NULL, full_at INTEGER NOT NULL)',
    );
  }

  async take(key: string, policy: RatePolicy): Promise<RateDecision> {
    const now = Date.now();
    const cost = policy.cost ?? 1;
    const ratePerMs = policy.limit / (policy.periodSeconds * 1000);
    const row = this.ctx.storage.sql
      .exec<{ tokens: number; updated_at: number }>('SELECT tokens, updated_at FROM buckets WHERE key = ?', key)
      .toArray()[0];
    const available = row ? Math.min(policy.limit, row.tokens + (now - row.updated_at) * ratePerMs) : policy.limit;
    const allowed = available >= cost;
    const tokens = allowed ? available - cost : available;
    const fullAt = now + Math.ceil((policy.limit - tokens) / ratePerMs);
    this.ctx.storage.sql.exec(
      'INSERT INTO buckets (key, tokens, updated_at, full_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET tokens = excluded.tokens, updated_at = excluded.updated_at, full_at = excluded.full_at',
      key,
      tokens,
      now,
      fullAt,
    );
    const resetAfter = Math.ceil((fullAt - now) / 1000);
    // A full bucket carries no information: the alarm forgets it then, keeping storage small.
    if (this.#alarmAt === undefined) this.#alarmAt = await this.ctx.storage.getAlarm();
    if (this.#alarmAt === null || this.#alarmAt > fullAt) {
      this.#alarmAt = fullAt;
      await this.ctx.storage.setAlarm(fullAt);
    }
    const waitMs = allowed ? 0 : Math.ceil((cost - tokens) / ratePerMs);
    return {
      allowed,
      limit: policy.limit,
      remaining: Math.floor(tokens),
      retryAfter: allowed ? 0 : Math.max(1, Math.ceil(waitMs / 1000)),
      retryAfterMs: waitMs,
      resetAfter,
    };
  }

  /**
   * Gives back tokens taken for a call that turned out not to count (a sign-in that
   * succeeded), never filling the bucket past its limit.
   */
  async refund(key: string, policy: RatePolicy): Promise<void> {
    const now = Date.now();
    const ratePerMs = policy.limit / (policy.periodSeconds * 1000);
    const row = this.ctx.storage.sql
      .exec<{ tokens: number; updated_at: number }>('SELECT tokens, updated_at FROM buckets WHERE key = ?', key)
      .toArray()[0];
    // No row: the bucket is full already (or was forgotten as full).
    if (!row) return;
    const tokens = Math.min(policy.limit, row.tokens + (now - row.updated_at) * ratePerMs + (policy.cost ?? 1));
    const fullAt = now + Math.ceil((policy.limit - tokens) / ratePerMs);
    this.ctx.storage.sql.exec(
      'UPDATE buckets SET tokens = ?, updated_at = ?, full_at = ? WHERE key = ?',
      tokens,
      now,
      fullAt,
      key,
    );
  }

  /** Forgets a key's bucket. */
  async reset(key: string): Promise<void> {
    this.ctx.storage.sql.exec('DELETE FROM buckets WHERE key = ?', key);
  }

  override async alarm(): Promise<void> {
    const now = Date.now();
    this.ctx.storage.sql.exec('DELETE FROM buckets WHERE full_at <= ?', now);
    const next = this.ctx.storage.sql
      .exec<{ next: number | null }>('SELECT min(full_at) AS next FROM buckets')
      .toArray()[0]?.next;
    this.#alarmAt = next ?? null;
    if (next != null) await this.ctx.storage.setAlarm(next);
  }
}
