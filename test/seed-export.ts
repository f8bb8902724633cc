import { env } from 'cloudflare:workers';
import { systemContext } from '../worker/core/context';
import type { ExportSection } from '../worker/core/export-section';
import { type Job, jobs } from '../worker/db/schema/jobs';
import { MODULES } from '../worker/features';
import { WORKSPACE_EXPORT } from '../worker/features/exports/contracts';
import { EXPORT_FORMAT, exportKey } from '../worker/features/exports/export-workspace';
import { newId } from '../worker/lib/ids';
import type { TestUser } from './factories';
import { type Batch, into } from './seed-rows';

/** The sections the exporter writes: every module's, as features/exports/module.ts gathers them. */
const SECTIONS: readonly ExportSection[] = MODULES.flatMap((module) =>
  'exports' in module ? (module.exports ?? []) : [],
);

/**
 * A finished export of the workspace as it stands: the job row as POST /exports records it
 * and the queue runner leaves it, its audit entry, and the file the exporter writes to R2 —
 * read by the exporter's own sections (features/exports/export-workspace.ts), without the
 * queue and the progress reports.
 */
export function seedExport(owner: TestUser, batch?: Batch): Promise<Job> {
  return into(batch, async (b) => {
    const created = new Date();
    const id = newId('job', created.getTime());
    // The route commits its audit entry before the job reads the log; the job reads what is written.
    b.audit(owner, 'export.started', { type: 'job', id });
    await b.write();
    const { text, counts } = await exportDocument(owner.workspaceId);
    const object = await env.MEDIA.put(exportKey(owner.workspaceId, id), text, {
      httpMetadata: {
        contentType: 'application/json',
        contentDisposition: `attachment; filename="crowsnest-${owner.workspaceId}-${id}.json"`,
      },
    });
    const finished = new Date();
    const job: Job = {
      id,
      workspaceId: owner.workspaceId,
      kind: WORKSPACE_EXPORT.kind,
      subjectType: null,
      subjectId: null,
      status: 'succeeded',
      progress: 100,
      message: 'Done',
      result: {
        bytes: object.size,
        members: counts.members ?? 0,
        auditEntries: counts.auditLog ?? 0,
        rows: counts,
        downloadPath: `/api/v1/workspaces/${owner.workspaceId}/exports/${id}`,
      },
      error: null,
      queue: WORKSPACE_EXPORT.queue,
      payload: { v: 1, jobId: id, workspaceId: owner.workspaceId, kind: WORKSPACE_EXPORT.kind },
      attempts: 1,
      parkedAt: null,
      createdBy: owner.id,
      createdAt: created,
      updatedAt: finished,
      startedAt: created,
      finishedAt: finished,
    };
    b.add(b.db.insert(jobs).values(job));
    return job;
  });
}

/** The export document as the exporter writes it, section by section, and the count of each. */
async function exportDocument(workspaceId: string) {
  const ctx = systemContext(env, () => {});
  const counts: Record<string, number> = {};
  let text = `{"format":${JSON.stringify(EXPORT_FORMAT)},"exportedAt":${JSON.stringify(new Date().toISOString())}`;
  for (const section of SECTIONS) {
    const value = section.read(ctx, workspaceId);
    let json: string;
    if (typeof value === 'object' && value !== null && Symbol.asyncIterator in value) {
      const rows: unknown[] = [];
      for await (const row of value) rows.push(row);
      json = JSON.stringify(rows);
      counts[section.key] = rows.length;
    } else {
      const resolved = await value;
      json = JSON.stringify(resolved ?? null);
      counts[section.key] = Array.isArray(resolved) ? resolved.length : resolved ? 1 : 0;
    }
    text += `,${JSON.stringify(section.key)}:${json}`;
  }
  return { text: `${text}}`, counts };
}
