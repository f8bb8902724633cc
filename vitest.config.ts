import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Wrangler checks required secrets against process.env when it reads the config.
process.env.JWT_SECRET ??= 'test-only-secret-that-is-long-enough-for-hs256';
// 32 bytes of zeros, base64url: a test-only key for sealed secrets.
process.env.ENCRYPTION_KEYS ??= 'test:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations');
  return {
    plugins: [
      cloudflareTest(({ inject }) => {
        // The fixture server (test/global-setup.ts) stands in for every outside service.
        const fixtureOrigin = inject('fixtureOrigin');
        // The test PDS (test/pds/setup.ts), when installed: the API reaches it like any PDS a user names.
        const pdsUrl = inject('pdsUrl');
        return {
          wrangler: { configPath: './wrangler.toml' },
          miniflare: {
            // Deliver queue messages at once: tests wait for background work, not for batches to fill.
            queueConsumers: Object.fromEntries(
              ['ingest', 'analyze', 'publish', 'deliver', 'reports', 'dlq'].map((q) => [
                `crowsnest-${q}`,
                { maxBatchTimeout: 0.05 },
              ]),
            ),
            bindings: {
              TEST_MIGRATIONS: migrations,
              // Fixed test secrets, whatever a local .dev.vars says.
              JWT_SECRET: process.env.JWT_SECRET as string,
              ENCRYPTION_KEYS: process.env.ENCRYPTION_KEYS as string,
              FIXTURE_ORIGIN: fixtureOrigin,
              OUTBOUND_ALLOW_HOSTS: [fixtureOrigin, pdsUrl]
                .flatMap((origin) => (origin ? [new URL(origin).host] : []))
                .join(','),
              OUTBOUND_DNS_RESOLVER: `${fixtureOrigin}/dns-query`,
              // Every test talks to the one fixture host: politeness is tested on its own.
              HOST_REQUESTS_PER_SECOND: '1000',
              // A fixture that never answers (a post whose answer is lost) is given up on in
              // seconds, not production's 15.
              OUTBOUND_TIMEOUT_MS: '4000',
              // Publishing retries and look-ups after a second, not production's half minute.
              PUBLISH_RETRY_SECONDS: '1',
              // How many targets the fault-injection test publishes (npm run test:faults: 1,000).
              FAULT_TARGETS: process.env.FAULT_TARGETS ?? '100',
            },
          },
        };
      }),
    ],
    test: {
      projects: [
        // Most tests run inside the Workers runtime (the plugin above).
        { extends: true, test: { name: 'workers' } },
        // The Node scripts around it (npm start's helpers) are tested in Node.
        {
          extends: false,
          test: { name: 'node', include: ['scripts/**/*.test.mjs'], environment: 'node' },
        },
        // The web app's pure helpers (post length, calendar dates, error placement), in Node.
        'web/vitest.config.ts',
      ],
      include: ['{worker,queues,durable-objects,test}/**/*.test.ts'],
      exclude: ['test/e2e/**', '**/node_modules/**'],
      // The test PDS (test/pds) is started once too, when it is installed: Bluesky publisher tests.
      globalSetup: ['./test/global-setup.ts', './test/pds/setup.ts'],
      // One Workers runtime for the files a worker runs, not a fresh one per file: starting
      // workerd and loading the app per file was most of the suite's time. Storage is still
      // reset before each test (test/setup.ts), and module-level caches that tests depend
      // on are cleared by those tests (forgetHolds, forgetRobots).
      isolate: false,
      setupFiles: ['./test/setup.ts'],
      // The one-line-per-request and per-cron-run logs are for production; in tests they bury
      // the failures. Background work of a finished test that outlives the next test's reset()
      // is noise too.
      onConsoleLog: (log: string) =>
        !log.includes('"msg":"request"') &&
        !log.includes('"msg":"cron.ran"') &&
        !log.includes('Application called deleteAllDurableObjects'),
    },
  };
});
