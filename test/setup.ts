import { listDurableObjectIds, reset } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { endOfFile, storageIsPerTest } from './shared-storage';

/**
 * The migrations in one D1 batch, recorded in the table applyD1Migrations keeps: on the
 * empty database reset() leaves, the same statements, in a fraction of the round trips.
 */
async function migrate() {
  const record = env.DB.prepare('INSERT INTO "d1_migrations" (name) VALUES (?)');
  await env.DB.batch([
    env.DB.prepare(
      'CREATE TABLE IF NOT EXISTS "d1_migrations" (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT UNIQUE, applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)',
    ),
    ...env.TEST_MIGRATIONS.flatMap((m) => [...m.queries.map((query) => env.DB.prepare(query)), record.bind(m.name)]),
  ]);
}

/** D1's change counter and schema size right after the migrations. */
let emptied: string | null = null;

function d1State(): Promise<string> {
  return env.DB.prepare('SELECT total_changes() AS changes, (SELECT count(*) FROM sqlite_master) AS objects')
    .first()
    .then((row) => JSON.stringify(row));
}

/**
 * Whether storage is still as the last emptying left it: no row changed in D1 (nor its
 * schema), no object in R2, and no Durable Object made yet (one stays listed after a reset,
 * so once one exists every test empties storage). Emptying takes longer than many tests,
 * and the pure ones store nothing.
 */
async function untouched(): Promise<boolean> {
  if (emptied === null) return false;
  // Every Durable Object binding (RATE_LIMITER, LIVE…), told apart as listDurableObjectIds does.
  const namespaces = Object.values(env).filter(
    (binding): binding is DurableObjectNamespace =>
      binding instanceof Object && /^(?:Loopback)?DurableObjectNamespace$/.test(binding.constructor.name),
  );
  const [d1, objects, ...ids] = await Promise.all([
    d1State(),
    env.MEDIA.list({ limit: 1 }),
    ...namespaces.map((namespace) => listDurableObjectIds(namespace)),
  ]);
  return d1 === emptied && objects.objects.length === 0 && ids.every((list) => list.length === 0);
}

// Storage is shared between tests in the Workers pool: start each test — or, in a file that
// shares its storage between tests (test/shared-storage.ts), the file — from empty tables.
async function emptyStorage() {
  if (await untouched()) return;
  // Work a finished test left running (a queued retry, a waitUntil) can hold D1 while reset()
  // runs, and then the tables survive it: the migrations find them. Reset again when so.
  for (let attempt = 1; ; attempt++) {
    await reset();
    try {
      await migrate();
      break;
    } catch (error) {
      if (attempt >= 3 || !/already exists/.test(String(error))) throw error;
    }
  }
  emptied = await d1State();
}

beforeAll(async () => {
  if (!storageIsPerTest()) await emptyStorage();
});

beforeEach(async () => {
  if (storageIsPerTest()) await emptyStorage();
});

afterAll(endOfFile);
