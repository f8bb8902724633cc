import { ApiError } from '../../api/problem';
import { authedFetch } from '../../api/session';

/** A rejected row of an import, as the API reports it (the header being row 1). */
export interface RejectedRow {
  row: number;
  errors: { column: string | null; message: string }[];
}

export type ImportOutcome =
  | { kind: 'imported'; imported: number }
  | { kind: 'rejected'; detail: string; rows: RejectedRow[] };

/** What a spreadsheet should look like: a template people can fill in and send back. */
export const IMPORT_TEMPLATE = [
  'body,accounts,scheduled_at,time_zone,thread',
  '"A draft for now, to finish later",@your.handle,,,',
  '"Scheduled in your own time zone",@your.handle|@another.handle,2030-01-15 09:30,,',
  '"A thread: this is the first part",@your.handle,2030-01-16 17:00,Europe/Berlin,"The second part\n---\nThe third part"',
].join('\r\n');

function isRejectedRows(value: unknown): value is RejectedRow[] {
  return (
    Array.isArray(value) &&
    value.every((row) => typeof row === 'object' && row !== null && 'row' in row && 'errors' in row)
  );
}

/**
 * Sends a CSV file to POST …/posts/import (a raw text/csv body, which the typed client does
 * not send), local times read in `timeZone`. A 422 with a row report is an outcome, not an
 * error: the dialog shows it; anything else that fails throws the API's problem.
 */
export async function importPostsCsv(workspaceId: string, file: Blob, timeZone: string): Promise<ImportOutcome> {
  const response = await authedFetch(
    `/api/v1/workspaces/${workspaceId}/posts/import?timeZone=${encodeURIComponent(timeZone)}`,
    { method: 'POST', headers: { 'Content-Type': 'text/csv; charset=utf-8' }, body: file },
  );
  if (response.ok) return { kind: 'imported', imported: ((await response.json()) as { imported: number }).imported };
  const problem: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  if (response.status === 422 && typeof problem === 'object' && problem !== null && 'rows' in problem) {
    const { rows } = problem;
    const detail = 'detail' in problem && typeof problem.detail === 'string' ? problem.detail : '';
    if (isRejectedRows(rows)) return { kind: 'rejected', detail, rows };
  }
  throw await ApiError.from(response);
}
