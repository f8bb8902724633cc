import { env } from 'cloudflare:workers';
import { type SeededWorld, seedWorld } from './seed';

export type { World } from './seed';

/**
 * A fresh world, written straight to storage (test/seed.ts): about as cheap as a few
 * requests, so suites can build one per case where the case changes it.
 */
export function buildWorld(): Promise<SeededWorld> {
  return seedWorld();
}

/**
 * Every row of every table, and every stored object, for "changed nothing" assertions: all
 * tables rather than a list, so a write anywhere shows, read in one D1 batch. last_used_at
 * moves whenever a key is used, which is not a change anyone made, so it is left out.
 */
export async function snapshot(): Promise<string> {
  const tables = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  const names = tables.results.map((t) => t.name);
  const results = await env.DB.batch<Record<string, unknown>>(
    names.map((name) => env.DB.prepare(`SELECT * FROM "${name}"`)),
  );
  const dump: Record<string, unknown[]> = {};
  for (const [index, name] of names.entries()) {
    // Not every table has a rowid (FTS5 shadow tables do not): sort the rows themselves.
    dump[name] = (results[index]?.results ?? [])
      .map(({ last_used_at: _ignored, ...row }) => JSON.stringify(row))
      .sort();
  }
  const objects: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await env.MEDIA.list(cursor ? { cursor } : {});
    objects.push(...page.objects.map((o) => `${o.key} ${o.etag} ${o.size}`));
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  dump['r2:MEDIA'] = objects.sort();
  return JSON.stringify(dump);
}
