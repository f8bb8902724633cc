/**
 * Replayed responses of outside services, listed in test/fixtures/recorded/routes.json:
 *   { "method": "GET", "path": "/youtube/feeds/videos.xml", "query": { "channel_id": "UC…" },
 *     "file": "youtube/videos.xml", "contentType": "application/atom+xml" }
 * A route matches when method and path are equal and every listed query parameter is
 * present with that value. Recorded bodies sit beside routes.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RecordedRoute {
  method: string;
  path: string;
  query?: Record<string, string>;
  file: string;
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
}

const ROUTES_FILE = join(import.meta.dirname, '../fixtures/recorded/routes.json');

function routes(): RecordedRoute[] {
  // Read on every request, so adding a route needs no server restart in watch mode.
  return existsSync(ROUTES_FILE) ? (JSON.parse(readFileSync(ROUTES_FILE, 'utf8')) as RecordedRoute[]) : [];
}

export function findRecorded(method: string, path: string, query: URLSearchParams): RecordedRoute | undefined {
  return routes().find(
    (r) =>
      r.method === method && r.path === path && Object.entries(r.query ?? {}).every(([k, v]) => query.get(k) === v),
  );
}
