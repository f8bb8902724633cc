import { ws } from './client';
import { ApiError } from './problem';

/**
 * Downloads a finished export. The file needs the Authorization header, so a plain link
 * cannot fetch it: fetch it as a blob and hand that to the browser's download.
 */
export async function downloadExport(workspaceId: string, jobId: string): Promise<void> {
  const response = await ws.exports[':jobId'].$get({ param: { workspaceId, jobId } });
  if (!response.ok) throw await ApiError.from(response);
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `crowsnest-export-${jobId}.json`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
