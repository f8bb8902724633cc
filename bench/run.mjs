#!/usr/bin/env node
/**
 * `npm run bench [name…]`: runs the benchmarks (all of them, or those named), each printing
 * its figures as ratios against baselines measured in the same run. Exits non-zero when a
 * benchmark misses its target.
 *   api         authenticated list route vs the health route, on wrangler dev
 *   extraction  main-text extraction pages/s in workerd vs Readability.js on jsdom and on linkedom
 *   feeds       feed parsing feeds/s in workerd vs rss-parser
 *   publish     10,000 targets due in one minute through the publishing pipeline vs a Node loop
 */
const BENCHES = {
  api: () => import('./api.mjs'),
  extraction: () => import('./extraction.mjs'),
  feeds: () => import('./feeds.mjs'),
  publish: () => import('./publish.mjs'),
};

const names = process.argv.slice(2);
const unknown = names.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`Unknown benchmark: ${unknown.join(', ')}. Known: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
let allMet = true;
for (const name of names.length > 0 ? names : Object.keys(BENCHES)) {
  console.log(`\n━━ ${name} ━━`);
  const { run } = await BENCHES[name]();
  if (!(await run())) allMet = false;
}
process.exitCode = allMet ? 0 : 1;
