import { env } from 'cloudflare:workers';
import type { BatchItem } from 'drizzle-orm/batch';
import type { AuditAction } from '../worker/core/audit/actions';
import { createDb } from '../worker/db/client';
import { type AuditEntry, auditLog } from '../worker/db/schema/audit-log';
import { newId } from '../worker/lib/ids';
import type { TestUser } from './factories';

/** Seeded rows gathered into one D1 batch — one transaction and one round trip, as the services write. */
export class Batch {
  readonly db = createDb(env.DB);
  #statements: BatchItem<'sqlite'>[] = [];

  add(...statements: BatchItem<'sqlite'>[]): void {
    this.#statements.push(...statements);
  }

  /** The audit entry commitWithAudit writes for `actor`'s request (a request id of its own; tests send no IP). */
  audit(
    actor: TestUser,
    action: AuditAction,
    target: { type: string; id: string },
    metadata: Record<string, unknown> | null = null,
  ): void {
    const row: AuditEntry = {
      id: newId('aud'),
      workspaceId: actor.workspaceId,
      actorType: 'user',
      actorId: actor.id,
      action,
      targetType: target.type,
      targetId: target.id,
      requestId: crypto.randomUUID(),
      ip: null,
      metadata,
      createdAt: new Date(),
    };
    this.add(this.db.insert(auditLog).values(row));
  }

  async write(): Promise<void> {
    const [first, ...rest] = this.#statements;
    this.#statements = [];
    if (first) await this.db.batch([first, ...rest]);
  }
}

/** Runs `build` into the caller's batch, or into a batch of its own that it writes. */
export async function into<T>(batch: Batch | undefined, build: (batch: Batch) => Promise<T>): Promise<T> {
  const own = batch ?? new Batch();
  const value = await build(own);
  if (!batch) await own.write();
  return value;
}
