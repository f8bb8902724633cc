import type { TestProject } from 'vitest/node';
import { startFixtureServer } from './fixture-server/server';

/** Starts the fixture server once for the whole run; Workers tests reach it via FIXTURE_ORIGIN. */
export default async function setup(project: TestProject) {
  const { origin, server } = await startFixtureServer();
  project.provide('fixtureOrigin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureOrigin: string;
  }
}
