import type { TestProject } from 'vitest/node';
import { hashPassword } from '../worker/lib/crypto';
import { startFixtureServer } from './fixture-server/server';
import { PASSWORD } from './password';

/**
 * Starts the fixture server once for the whole run (Workers tests reach it via FIXTURE_ORIGIN;
 * it also serves ../shared/corpora, which they cannot read), and hashes the test password
 * once: 100,000 PBKDF2 rounds per seeded user would cost more than the rest of the seed.
 */
export default async function setup(project: TestProject) {
  const { origin, server } = await startFixtureServer();
  project.provide('fixtureOrigin', origin);
  project.provide('passwordHash', await hashPassword(PASSWORD));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureOrigin: string;
    /** PASSWORD as the app stores it (hashPassword's format), for seeded users. */
    passwordHash: string;
  }
}
