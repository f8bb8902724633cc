import { and, eq } from 'drizzle-orm';
import type { SourceType } from '../../connectors/platforms';
import { readerFor } from '../../connectors/readers';
import { commitWithAudit } from '../../core/audit/commit';
import type { ServiceContext } from '../../core/context';
import type { WorkspaceAccess } from '../../core/http/app-env';
import { Conflict, ValidationFailed } from '../../core/http/errors';
import { sendJob } from '../../core/jobs/enqueue';
import { ConnectorError, Unavailable } from '../../core/outbound/errors';
import { uniqueViolation } from '../../db/errors';
import { type Source, sources } from '../../db/schema/sources';
import { newId } from '../../lib/ids';
import { prepareRead } from './run';

export interface CreateSourceInput {
  type: SourceType;
  name?: string | undefined;
  intervalMinutes: number;
  /** The type's own fields, validated here by its reader. */
  fields: Record<string, unknown>;
}

/**
 * Adds a source after its reader has checked it can work (URL allowed by the outbound
 * guard, key present where needed), then starts its first read at once.
 */
export async function createSource(
  ctx: ServiceContext,
  access: WorkspaceAccess,
  input: CreateSourceInput,
  createdBy: string | null,
) {
  const reader = readerFor(input.type);
  if (!reader)
    throw new ValidationFailed([{ path: 'type', message: `Sources of type "${input.type}" are not available.` }]);
  const parsed = reader.config.safeParse(input.fields);
  if (!parsed.success) {
    throw new ValidationFailed(
      parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.') || 'type',
        message: issue.message,
      })),
    );
  }
  const config = parsed.data;
  try {
    await reader.validate({ env: ctx.env }, config);
  } catch (error) {
    // A DNS resolver that is down says nothing about the source: the first read checks again.
    if (error instanceof Unavailable) {
      // fall through and save it
    } else if (error instanceof ConnectorError) {
      const field = Object.keys(config)[0] ?? 'type';
      throw new ValidationFailed([{ path: field, message: error.message }], error.message);
    } else {
      throw error;
    }
  }
  const identity = `${input.type}:${reader.identity(config)}`;
  const [existing] = await ctx.db
    .select({ id: sources.id, name: sources.name })
    .from(sources)
    .where(and(eq(sources.workspaceId, access.workspaceId), eq(sources.identity, identity)));
  if (existing) throw new Conflict(`This source is already in the workspace as "${existing.name}".`);

  const now = new Date();
  const source: Source = {
    id: newId('src', now.getTime()),
    workspaceId: access.workspaceId,
    type: input.type,
    name: input.name ?? reader.defaultName(config),
    config: Object.fromEntries(
      Object.entries(config).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    identity,
    intervalMinutes: input.intervalMinutes,
    status: 'active' as const,
    nextRunAt: now,
    consecutiveFailures: 0,
    itemCount: 0,
    pausedReason: null,
    lastRunAt: null,
    lastSuccessAt: null,
    lastError: null,
    runningJobId: null,
    etag: null,
    lastModified: null,
    details: null,
    createdBy,
    createdAt: now,
    updatedAt: now,
  };
  // The source, its first read and the audit entry are one batch: all of them or none.
  const read = prepareRead(ctx, source, createdBy);
  try {
    await commitWithAudit(ctx, [ctx.db.insert(sources).values({ ...source, runningJobId: read.job.id }), read.insert], {
      workspaceId: access.workspaceId,
      action: 'source.created',
      targetType: 'source',
      targetId: source.id,
      metadata: { type: source.type, name: source.name },
    });
  } catch (error) {
    // Two requests adding the same source at once: the unique index decides.
    if (uniqueViolation(error)) throw new Conflict('This source is already in the workspace.');
    throw error;
  }
  await sendJob(ctx, read.job);
  return { source: { ...source, runningJobId: read.job.id }, jobId: read.job.id, started: true };
}
