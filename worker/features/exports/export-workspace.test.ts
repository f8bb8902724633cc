import { env } from 'cloudflare:workers';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { useProviders } from '../../../test/ai';
import { call, json } from '../../../test/factories';
import { settled } from '../../../test/jobs';
import { seedWorld } from '../../../test/seed';
import type { FeatureModule } from '../../core/module';
import { MODULES } from '../../features';

const modules: readonly FeatureModule[] = MODULES;

/** Every table of the schema, from its files (worker/db/schema/<table>.ts). */
const TABLES = Object.values(import.meta.glob<Record<string, unknown>>('../../db/schema/*.ts', { eager: true }))
  .flatMap((module) => Object.values(module))
  .filter((value): value is SQLiteTable => is(value, SQLiteTable))
  .map((table) => getTableConfig(table));

/**
 * Tables that hold a workspace's data: the workspace itself, those with a workspace_id, and
 * those whose rows hang off a tenant table's (metric snapshots off content items).
 */
function tenantTables(): string[] {
  const tenant = new Set(['workspaces']);
  for (let grew = true; grew; ) {
    grew = false;
    for (const table of TABLES) {
      if (tenant.has(table.name)) continue;
      const owned =
        table.columns.some((column) => column.name === 'workspace_id') ||
        table.foreignKeys.some((fk) => tenant.has(getTableConfig(fk.reference().foreignTable).name));
      if (owned) {
        tenant.add(table.name);
        grew = true;
      }
    }
  }
  return [...tenant].sort();
}

const exported = new Map(
  modules.flatMap((module) => (module.exports ?? []).flatMap((s) => s.tables.map((t) => [t, s.key] as const))),
);
const excluded = new Map(modules.flatMap((module) => Object.entries(module.notExported ?? {})));

describe('the workspace export', () => {
  it('covers every tenant table of the schema, or says why it leaves one out', () => {
    // The rule finds tenant tables by their columns and foreign keys, not from a list.
    expect(tenantTables()).toEqual(
      expect.arrayContaining(['memberships', 'metric_snapshots', 'content_analysis', 'jobs']),
    );
    expect(tenantTables()).not.toContain('users');
    const missing = tenantTables().filter((name) => !exported.has(name) && !excluded.has(name));
    expect(
      missing,
      'tenant tables neither exported nor excluded with a reason (FeatureModule.exports / notExported)',
    ).toEqual([]);
    for (const [table, reason] of excluded) expect(reason.length, table).toBeGreaterThan(20);
    // Nothing is both, and nothing is listed that is not a table.
    const names = new Set(TABLES.map((t) => t.name));
    for (const table of [...exported.keys(), ...excluded.keys()]) expect(names.has(table), table).toBe(true);
    for (const table of exported.keys()) expect(excluded.has(table), table).toBe(false);
  });

  it('carries every row of each exported table, and no secret', async () => {
    const world = await seedWorld();
    await useProviders(world.owner, [{ kind: 'openai', apiKey: 'sk-export-never-0042' }]);
    const res = await call(`/api/v1/workspaces/${world.workspaceId}/exports`, {
      method: 'POST',
      token: world.owner.token,
    });
    const { jobId } = await json<{ jobId: string }>(res);
    await settled(world.owner, jobId);
    const download = await call(`/api/v1/workspaces/${world.workspaceId}/exports/${jobId}`, {
      token: world.owner.token,
    });
    const text = await download.text();
    const document = JSON.parse(text) as Record<string, unknown>;
    for (const [table, key] of exported) {
      const where =
        table === 'workspaces'
          ? 'id = ?'
          : table === 'metric_snapshots'
            ? 'content_id IN (SELECT id FROM content_items WHERE workspace_id = ?)'
            : table === 'invitations'
              ? 'workspace_id = ? AND accepted_at IS NULL AND revoked_at IS NULL'
              : table === 'webhook_deliveries'
                ? // The export's own end is told to the webhooks once its file is written.
                  "workspace_id = ? AND type <> 'job.succeeded'"
                : 'workspace_id = ?';
      const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`)
        .bind(world.workspaceId)
        .first<{ n: number }>();
      const value = document[key];
      const carried = Array.isArray(value) ? value.length : value ? 1 : 0;
      expect(carried, `${key} (${table})`).toBe(row?.n);
    }
    // The seeded world has rows in these: an export that skipped them would pass the count above.
    for (const key of ['content', 'metricSnapshots', 'contentAnalysis', 'sources', 'members', 'auditLog'])
      expect((document[key] as unknown[]).length, key).toBeGreaterThan(0);
    expect(text).not.toMatch(/pbkdf2|password_hash|passwordHash|keyHash|tokenHash|sealedKey|sk-export/);
  });
});
