import { defineConfig } from 'vitest/config';

/**
 * The web app's own unit tests (pure helpers under src/lib and src/routes), in Node:
 * `npx vitest run --config web/vitest.config.ts`. The root config runs the Workers tests.
 */
export default defineConfig({
  test: {
    name: 'web',
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
