/**
 * `npm run bench extraction`: pages per second of main-text extraction, on the extraction corpus
 * (../shared/corpora/extraction), against the common Node choices measured in the same run on the
 * same pages:
 *   ours      extractPage (worker/connectors/readers/web) inside workerd: article, text,
 *             metadata, links and social profiles. Timed from Node over large batches that the
 *             harness Worker extracts many times (the Workers clock stands still during CPU work).
 *   linkedom  Readability.js on linkedom, in Node
 *   jsdom     Readability.js on jsdom, in Node
 * Each one's article-text F1 on the same pages is printed too (speed must not be bought with
 * accuracy), and every page that crashed any of them.
 * Target (issue 3): ours ≥ 2× linkedom's throughput at equal or better F1, and no page that
 * crashes ours.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { aggregate, htmlText, loadCases, PAGE_URL, shingleScores } from '../eval/extraction.mjs';
import { root } from '../scripts/local-env.mjs';
import { startHarness } from './harness.mjs';

const CORPORA = process.env.CORPORA_DIR ?? join(root, '../shared/corpora');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** How many times the Worker extracts the whole batch per request, so HTTP costs next to nothing. */
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const TARGET_RATIO = 2;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const NODE_ENGINES = {
  linkedom: (html) => new Readability(parseHTML(html).document).parse(),
  jsdom: (html) =>
    new Readability(new JSDOM(html, { url: PAGE_URL, virtualConsole: new VirtualConsole() }).window.document).parse(),
};

/** One pass of a Node engine over all pages: pages/s, article HTML per page, crashes. */
function runNode(engine, texts) {
  const articles = [];
  const crashes = [];
  const start = performance.now();
  for (const [index, html] of texts.entries()) {
    try {
      articles.push(engine(html)?.content ?? null);
    } catch (error) {
      articles.push(null);
      crashes.push({ index, error: String(error?.message ?? error) });
    }
  }
  return { pagesPerSecond: texts.length / ((performance.now() - start) / 1000), articles, crashes };
}

async function post(origin, path, body) {
  const request = () => fetch(`${origin}${path}`, { method: 'POST', body: JSON.stringify(body) });
  // A kept-alive connection may have been closed by the server while Node was busy timing the
  // Node engines; a POST is not retried by fetch itself.
  const res = await request().catch(request);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function runOurs(origin, pages, repeat) {
  const start = performance.now();
  const { articles, crashes } = await post(origin, '/bench', { pages, repeat });
  return { pagesPerSecond: (pages.length * repeat) / ((performance.now() - start) / 1000), articles, crashes };
}

const f1Of = (cases, articles) =>
  aggregate(cases.map((c, i) => shingleScores(c.expectedText, htmlText(articles[i] ?? '')))).f1;

/** Returns whether the target was met. */
export async function run() {
  const cases = loadCases(CORPORA);
  if (!cases) {
    console.log(`No extraction corpus under ${CORPORA} (set CORPORA_DIR): nothing to measure.`);
    return true;
  }
  const harness = await startHarness('bench/workers/extract.ts');
  try {
    const { origin } = harness;
    // Decoded once, in workerd, by the project's charset code: every engine reads the same text.
    const { texts } = await post(origin, '/decode', {
      pages: cases.map((c) => ({ bytes: c.bytes.toString('base64') })),
    });
    const pages = texts.map((html) => ({ html, url: PAGE_URL }));
    const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1e6;
    console.log(
      `${cases.length} pages (${megabytes.toFixed(1)} M characters), load average ${loadavg()[0].toFixed(2)}`,
    );

    // Warm-up: JIT for the Node engines, isolate start for the Worker.
    runNode(NODE_ENGINES.linkedom, texts);
    runNode(NODE_ENGINES.jsdom, texts.slice(0, 10));
    await runOurs(origin, pages, 1);

    const samples = { ours: [], linkedom: [], jsdom: [] };
    const first = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of ['ours', 'linkedom', 'jsdom']) {
        // jsdom is an order of magnitude slower: one round of it is enough to place it.
        if (name === 'jsdom' && round > 0) continue;
        const result = name === 'ours' ? await runOurs(origin, pages, REPEAT) : runNode(NODE_ENGINES[name], texts);
        samples[name].push(result.pagesPerSecond);
        first[name] ??= result;
      }
    }
    const rate = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
    const f1 = Object.fromEntries(Object.entries(first).map(([name, result]) => [name, f1Of(cases, result.articles)]));

    console.log(
      `rounds ${ROUNDS} (median), ours extracts each batch ${REPEAT}× per request; load average now ${loadavg()[0].toFixed(2)}`,
    );
    for (const name of ['ours', 'linkedom', 'jsdom']) {
      const where = name === 'ours' ? 'workerd' : 'Node';
      console.log(
        `  ${name.padEnd(9)} ${rate[name].toFixed(1).padStart(7)} pages/s  text F1 ${f1[name].toFixed(4)}  (${where})`,
      );
    }
    const ratio = rate.ours / rate.linkedom;
    console.log(
      `ours / linkedom ${ratio.toFixed(2)}×   ours / jsdom ${(rate.ours / rate.jsdom).toFixed(2)}×   linkedom / jsdom ${(rate.linkedom / rate.jsdom).toFixed(2)}×`,
    );
    for (const [name, result] of Object.entries(first)) {
      for (const crash of result.crashes) console.log(`  crash (${name}): ${cases[crash.index].name}: ${crash.error}`);
    }
    const met = ratio >= TARGET_RATIO && f1.ours >= f1.linkedom && first.ours.crashes.length === 0;
    console.log(`target (≥ ${TARGET_RATIO}× linkedom at equal or better F1, no crash): ${met ? 'met' : 'NOT met'}`);
    return met;
  } finally {
    harness.stop();
  }
}
