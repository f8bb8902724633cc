import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Wrangler checks required secrets against process.env when it reads the config.
process.env.JWT_SECRET ??= 'test-only-secret-that-is-long-enough-for-hs256';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations');
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: './wrangler.toml' },
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations },
        },
      }),
    ],
    test: {
      include: ['{worker,queues,durable-objects,test}/**/*.test.ts'],
      exclude: ['test/e2e/**', 'node_modules/**'],
      setupFiles: ['./test/setup.ts'],
      // The one-line-per-request log is for production; in tests it buries the failures.
      // Background work of a finished test that outlives the next test's reset() is noise too.
      onConsoleLog: (log: string) =>
        !log.includes('"msg":"request"') && !log.includes('Application called deleteAllDurableObjects'),
    },
  };
});
