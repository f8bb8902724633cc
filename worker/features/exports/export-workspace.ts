import type { MessageOf } from '../../../queues/contracts';
import type { JobReporter } from '../../../queues/reporter';
import type { ServiceContext } from '../../core/context';
import type { ExportSection } from '../../core/export-section';
import type { WORKSPACE_EXPORT } from './contracts';
import { R2StreamWriter } from './json-writer';

export const EXPORT_FORMAT = 'crowsnest.workspace-export.v1';

export function exportKey(workspaceId: string, jobId: string): string {
  return `exports/${workspaceId}/${jobId}.json`;
}

function isRows(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Writes everything the workspace holds to one JSON document in R2, section by section as
 * the features declare them (`FeatureModule.exports`), streaming big tables row by row.
 * Secrets stay out: the sections leave out password and key hashes, tokens and sealed keys.
 */
export async function exportWorkspace(
  ctx: ServiceContext,
  message: MessageOf<typeof WORKSPACE_EXPORT>,
  report: JobReporter,
  sections: readonly ExportSection[],
) {
  const { workspaceId, jobId } = message;
  const key = exportKey(workspaceId, jobId);
  const out = await R2StreamWriter.open(ctx.env.MEDIA, key, {
    httpMetadata: {
      contentType: 'application/json',
      contentDisposition: `attachment; filename="crowsnest-${workspaceId}-${jobId}.json"`,
    },
  });
  const counts: Record<string, number> = {};
  try {
    await out.write(
      `{"format":${JSON.stringify(EXPORT_FORMAT)},"exportedAt":${JSON.stringify(new Date().toISOString())}`,
    );
    for (const [index, section] of sections.entries()) {
      const base = 5 + (90 * index) / sections.length;
      await report.progress(base, `Reading ${section.key}`);
      await out.write(`,${JSON.stringify(section.key)}:`);
      const value = section.read(ctx, workspaceId);
      if (isRows(value)) {
        let n = 0;
        await out.write('[');
        for await (const row of value) {
          await out.write(`${n > 0 ? ',' : ''}${JSON.stringify(row)}`);
          n++;
          if (n % 1000 === 0) await report.progress(base, `Read ${n} rows of ${section.key}`);
        }
        await out.write(']');
        counts[section.key] = n;
      } else {
        const resolved = await value;
        await out.write(JSON.stringify(resolved ?? null));
        counts[section.key] = Array.isArray(resolved) ? resolved.length : resolved ? 1 : 0;
      }
    }
    await out.write('}');
    await report.progress(95, 'Saving the export');
    const object = await out.close();
    return {
      bytes: object.size,
      members: counts.members ?? 0,
      auditEntries: counts.auditLog ?? 0,
      rows: counts,
      downloadPath: `/api/v1/workspaces/${workspaceId}/exports/${jobId}`,
    };
  } catch (error) {
    await out.abort().catch(() => undefined);
    throw error;
  }
}
