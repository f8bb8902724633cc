/**
 * The fixture Mastodon's numbers: reading one status (`GET /api/v1/statuses/:id`, its
 * favourites, reblogs, replies and quotes counts), deleting one (`DELETE`, after which reading
 * it answers the recorded 404 `{"error":"Not Found"}`), and a test's way to set the counts
 * of a status and of the account, as people favouriting and following would.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';

/** The body Mastodon 4.6 answered for a status that is not there (`test_status_missing`). */
const NOT_FOUND: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/recorded/mastodon/error-not-found.json'), 'utf8'),
);

/** Counts a test sets: per status id (`favourites_count`…), and the account's (`followers_count`…). */
export interface NumbersControl {
  statusCounts?: Record<string, Record<string, number>>;
  accountCounts?: Record<string, number>;
}

interface WithNumbers {
  account: Record<string, unknown>;
  statuses: Record<string, unknown>[];
}

type Answer = (res: ServerResponse, status: number, body: unknown) => void;

/** Applies what a test set through /__control. */
export function setNumbers(inst: WithNumbers, control: NumbersControl): void {
  for (const [id, counts] of Object.entries(control.statusCounts ?? {})) {
    const status = inst.statuses.find((s) => s.id === id);
    if (status) Object.assign(status, counts);
  }
  if (control.accountCounts) Object.assign(inst.account, control.accountCounts);
}

/** GET or DELETE /api/v1/statuses/:id; false when the request is neither. */
export function serveStatus(res: ServerResponse, inst: WithNumbers, method: string, path: string, answer: Answer) {
  const id = path.match(/^\/api\/v1\/statuses\/(\d+)$/)?.[1];
  if (!id || (method !== 'GET' && method !== 'DELETE')) return false;
  const index = inst.statuses.findIndex((s) => s.id === id);
  const status = inst.statuses[index];
  if (!status) answer(res, 404, NOT_FOUND);
  else {
    if (method === 'DELETE') inst.statuses.splice(index, 1);
    answer(res, 200, status);
  }
  return true;
}
