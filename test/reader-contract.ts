/**
 * Test support for the platform readers, usable both inside workerd (reader tests against the
 * fixture server, and contract checks against the recorded real responses in
 * ../shared/corpora/api-samples, which the fixture server reads for them) and in plain Node
 * (`npx vitest run --root worker/connectors/readers contract`, as `npm run eval readers` does).
 * So: no `cloudflare:workers` import here.
 */
import { expect, inject, it } from 'vitest';
import { type ContentPlatform, platformSpec } from '../worker/connectors/platforms';
import type { ReaderContext } from '../worker/connectors/readers/reader';
import type { ReadItem } from '../worker/connectors/readers/types';
import { outboundFetch } from '../worker/core/outbound/fetch';
import { readSamples, type Sample, samplesDir } from './corpora';

export type { Sample } from './corpora';

/** A context whose fetch is the real outbound layer under `testEnv`. */
export function readerContext(
  testEnv: Env,
  previous: ReaderContext['previous'] = { etag: null, lastModified: null },
): ReaderContext {
  return { env: testEnv, fetch: (url, options) => outboundFetch(testEnv, url, options), previous };
}

/**
 * Every recorded sample of a service, or null with the folder that is missing. Workers tests
 * cannot read the host's disk, so under `npm test` the fixture server (test/global-setup.ts)
 * reads it for them; a plain Node run, which has no fixture server, reads it directly.
 */
export async function recordedSamples(service: string): Promise<{ samples: Sample[] | null; dir: string }> {
  const origin = inject('fixtureOrigin');
  if (!origin) return { samples: readSamples(service), dir: samplesDir(service) };
  const res = await fetch(`${origin}/corpora/api-samples/${service}`);
  if (res.status === 404) return { samples: null, dir: ((await res.json()) as { missing: string }).missing };
  if (!res.ok) throw new Error(`the fixture server could not read the ${service} samples: ${await res.text()}`);
  return { samples: (await res.json()) as Sample[], dir: '' };
}

/**
 * One test per recorded sample of `service` (those `payload` picks), or one skipped test
 * naming the folder that is missing. Call it with `await` inside an async describe.
 */
export async function eachRecordedSample(
  service: string,
  check: (sample: Sample, all: Sample[]) => void,
  payload: (name: string) => boolean = () => true,
): Promise<void> {
  const { samples, dir } = await recordedSamples(service);
  if (!samples) {
    it.skip(`skipped: no recorded samples at ${dir} (../shared/corpora is not part of the repository)`, () => {});
    return;
  }
  const picked = samples.filter((s) => payload(s.name));
  it(`has recorded samples of ${service} to check`, () => expect(picked.length).toBeGreaterThan(0));
  for (const sample of picked) it(sample.name, () => check(sample, samples));
}

const isAbsolute = (url: string) => /^https?:\/\/[^/\s]+/.test(url) && URL.canParse(url);

/**
 * What any reader's output must be, whatever the platform sent: among other things, only the
 * counters the platform registry says the platform measures.
 */
export function expectSaneItems(items: ReadItem[], platform: ContentPlatform): void {
  const counters = Object.keys(platformSpec(platform)?.measure?.counters ?? {});
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
    for (const counter of Object.keys(item.metrics)) expect(counters, `${where}: ${counter}`).toContain(counter);
    for (const text of [item.title, item.text, item.author])
      if (text !== null) expect(typeof text, where).toBe('string');
    expect(
      item.tags.every((tag) => typeof tag === 'string' && tag !== ''),
      where,
    ).toBe(true);
    expect(() => JSON.stringify(item.extra), where).not.toThrow();
  }
}
