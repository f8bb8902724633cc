/**
 * The recorded real answers of outside services in ../shared/corpora (not part of this
 * repository), read from the host's disk: by the fixture server for Workers tests, which
 * cannot read it themselves, and directly by plain Node runs of the contract tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Sample {
  name: string;
  text: string;
}

/** CORPORA_DIR, else ../shared/corpora beside the project (where CI puts it). */
export function corporaDir(): string {
  return process.env.CORPORA_DIR ?? join(import.meta.dirname, '../../shared/corpora');
}

export function samplesDir(service: string): string {
  return join(corporaDir(), 'api-samples', service);
}

/** Every recorded sample of a service (SOURCES.tsv aside), by name, or null when its folder does not exist. */
export function readSamples(service: string): Sample[] | null {
  const dir = samplesDir(service);
  if (!/^[\w.-]+$/.test(service) || !existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((name) => name !== 'SOURCES.tsv')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
