/**
 * Test support for the platform readers, usable both inside workerd (reader tests against the
 * fixture server) and in plain Node (contract checks against the recorded real responses in
 * ../shared/corpora/api-samples, which Workers tests cannot read from the host's disk):
 *   npx vitest run --root worker/connectors/readers contract
 * So: no `cloudflare:workers` import here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ReaderContext } from '../worker/connectors/readers/reader';
import type { ReadItem } from '../worker/connectors/readers/types';
import { outboundFetch } from '../worker/core/outbound/fetch';

/** A context whose fetch is the real outbound layer under `testEnv`. */
export function readerContext(
  testEnv: Env,
  previous: ReaderContext['previous'] = { etag: null, lastModified: null },
): ReaderContext {
  return { env: testEnv, fetch: (url, options) => outboundFetch(testEnv, url, options), previous };
}

export interface Sample {
  name: string;
  text: string;
}

/** Where the recorded real responses live: CORPORA_DIR, else ../shared/corpora beside the project. */
export function samplesDir(service: string): string {
  return join(process.env.CORPORA_DIR ?? join(process.cwd(), '../shared/corpora'), 'api-samples', service);
}

/** Every recorded sample of a service (SOURCES.tsv aside), or null when the folder is not reachable. */
export function recordedSamples(service: string): Sample[] | null {
  const dir = samplesDir(service);
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((name) => name !== 'SOURCES.tsv')
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** One test per recorded sample of `service` (those `payload` picks), or one skipped test that says why there are none. */
export function eachRecordedSample(
  service: string,
  check: (sample: Sample, all: Sample[]) => void,
  payload: (name: string) => boolean = () => true,
): void {
  const samples = recordedSamples(service);
  if (samples) {
    for (const sample of samples.filter((s) => payload(s.name))) it(sample.name, () => check(sample, samples));
    return;
  }
  it.skip(
    `skipped: no recorded samples at ${samplesDir(service)} (Workers tests cannot read the host disk; ` +
      'run `npx vitest run --root worker/connectors/readers contract` in Node with ../shared/corpora present)',
    () => {},
  );
}

const isAbsolute = (url: string) => /^https?:\/\/[^/\s]+/.test(url) && URL.canParse(url);

/** What any reader's output must be, whatever the platform sent. */
export function expectSaneItems(items: ReadItem[]): void {
  const ids = new Set<string>();
  for (const item of items) {
    const where = `item ${item.externalId}`;
    expect(item.externalId, where).toMatch(/\S/);
    expect(ids.has(item.externalId), `${where} is repeated`).toBe(false);
    ids.add(item.externalId);
    for (const url of [item.url, item.imageUrl, ...item.mediaUrls])
      if (url !== null) expect(isAbsolute(url), `${where}: ${url}`).toBe(true);
    if (item.publishedAt !== null) expect(new Date(item.publishedAt).toISOString(), where).toBe(item.publishedAt);
    for (const value of Object.values(item.metrics)) expect(Number.isFinite(value), where).toBe(true);
    for (const text of [item.title, item.text, item.author])
      if (text !== null) expect(typeof text, where).toBe('string');
    expect(
      item.tags.every((tag) => typeof tag === 'string' && tag !== ''),
      where,
    ).toBe(true);
    expect(() => JSON.stringify(item.extra), where).not.toThrow();
  }
}
