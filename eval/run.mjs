#!/usr/bin/env node
/**
 * `npm run eval [name…]`: accuracy of the ingest code on the third-party corpora in
 * ../shared/corpora (not part of this repository; each evaluation says so and skips when
 * the folder is absent). Exits non-zero when an evaluation misses its target.
 *   feeds       feed field accuracy on the rss-parser and gofeed cases (target ≥ 0.95)
 *   extraction  article-text F1 (scrapinghub shingle metric) and metadata accuracy (target ≥ 0.95)
 *   readers     YouTube, Reddit, Trends and Bluesky parsing against their recorded real responses
 *   sentiment   local engine sentiment accuracy on the project's own labelled sentences (test/fixtures/sentiment)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../scripts/local-env.mjs';

const EVALS = {
  feeds: () => import('./feeds.mjs'),
  extraction: () => import('./extraction.mjs'),
  readers: () => import('./readers.mjs'),
  sentiment: () => import('./sentiment.mjs'),
};

export const CORPORA = process.env.CORPORA_DIR ?? join(root, '../shared/corpora');

const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in EVALS));
if (unknown.length > 0) {
  console.error(`Unknown evaluation: ${unknown.join(', ')}. Known: ${Object.keys(EVALS).join(', ')}`);
  process.exit(2);
}
/** Evaluations on the project's own fixtures, which run without the corpora. */
const SELF_CONTAINED = new Set(['sentiment']);
const haveCorpora = existsSync(CORPORA);
let allMet = true;
for (const name of names.length > 0 ? names : Object.keys(EVALS)) {
  console.log(`\n━━ ${name} ━━`);
  if (!haveCorpora && !SELF_CONTAINED.has(name)) {
    console.log(`No corpora at ${CORPORA} (set CORPORA_DIR to point elsewhere): skipped.`);
    continue;
  }
  const { run } = await EVALS[name]();
  if (!(await run(CORPORA))) allMet = false;
}
process.exitCode = allMet ? 0 : 1;
