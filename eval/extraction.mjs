/**
 * `npm run eval extraction`: the web page extractor (worker/connectors/readers/web), run inside
 * workerd, on the extraction corpus (../shared/corpora/extraction: Readability.js's test pages
 * with the article and metadata Readability.js extracts from each).
 *   text F1   the scrapinghub article-extraction-benchmark metric: `\w+` tokens, 4-word shingles
 *             compared as multisets, precision and recall per page averaged over pages, F1 of
 *             the averages. Target ≥ 0.95.
 *   metadata  title, byline, lang and site name by normalized exact match, published time by
 *             day; accuracy over all fields of all pages. Aim ≥ 0.95.
 * Also exports the scoring, which bench/extraction.mjs uses on its own runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { startHarness } from '../bench/harness.mjs';

const TARGET_F1 = 0.95;
const TARGET_METADATA = 0.95;
/** The address Readability.js's test pages were extracted under. */
export const PAGE_URL = 'http://fakehost/test/page.html';
const BATCH = 8;

// Python's \w with re.UNICODE: letters, marks, digits and the underscore.
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
const BLOCK = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

/** Text of an HTML fragment, with blocks set apart so words of adjacent paragraphs do not merge. */
export function htmlText(html) {
  const parts = [];
  const walk = (node) => {
    if (node.type === 'text') parts.push(node.data);
    else if (node.type === 'tag' || node.type === 'root') {
      if (node.name === 'script' || node.name === 'style') return;
      const block = BLOCK.has(node.name);
      if (block) parts.push('\n');
      for (const child of node.children ?? []) walk(child);
      if (block) parts.push('\n');
    }
  };
  walk(parseDocument(html ?? ''));
  return parts.join('');
}

function shingles(text) {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const shingle = tokens.slice(i, i + 4);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** [tp, fp, fn] of one page, normalized so that long pages weigh no more than short ones. */
export function shingleScores(truth, prediction) {
  const expected = shingles(truth);
  const got = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of expected) {
    const other = got.get(key) ?? 0;
    tp += Math.min(count, other);
    fn += Math.max(0, count - other);
  }
  for (const [key, count] of got) fp += Math.max(0, count - (expected.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

export function precision([tp, fp, fn]) {
  return fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

export function recall([tp, fp, fn]) {
  return fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (values) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Precision and recall averaged over pages (as the benchmark does, skipping undefined ones), and F1. */
export function aggregate(scores) {
  const p = mean(scores.filter(([tp, fp]) => tp + fp > 0).map(precision));
  const r = mean(scores.filter(([tp, , fn]) => tp + fn > 0).map(recall));
  return { precision: p, recall: r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

/** The extraction cases: bytes of each page, the expected article text and metadata. */
export function loadCases(corporaDir) {
  const dir = join(corporaDir, 'extraction');
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({
      name,
      bytes: readFileSync(join(dir, name, 'source.html')),
      expectedText: htmlText(readFileSync(join(dir, name, 'expected.html'), 'utf8')),
      expectedMetadata: JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')),
    }));
}

const normalize = (value) =>
  typeof value === 'string' ? value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase() || null : null;

/** The days a date string may stand for: its own calendar date and its UTC date. */
function days(value) {
  if (typeof value !== 'string' || value.trim() === '') return [];
  const found = [];
  const literal = value.match(/^(\d{4}-\d{2}-\d{2})/);
  if (literal) found.push(literal[1]);
  const ms = Date.parse(value.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isFinite(ms)) found.push(new Date(ms).toISOString().slice(0, 10));
  return found;
}

const FIELDS = {
  title: (got, want) => normalize(got.title) === normalize(want.title),
  byline: (got, want) => normalize(got.byline) === normalize(want.byline),
  lang: (got, want) => normalize(got.lang) === normalize(want.lang),
  siteName: (got, want) => normalize(got.siteName) === normalize(want.siteName),
  publishedTime: (got, want) => {
    const expected = days(want.publishedTime);
    const ours = days(got.publishedTime);
    return expected.length === 0 ? ours.length === 0 : ours.some((day) => expected.includes(day));
  },
};

async function extractAll(origin, cases) {
  const results = [];
  for (let i = 0; i < cases.length; i += BATCH) {
    const pages = cases.slice(i, i + BATCH).map((c) => ({ bytes: c.bytes.toString('base64'), url: PAGE_URL }));
    const res = await fetch(`${origin}/extract`, { method: 'POST', body: JSON.stringify({ pages }) });
    if (!res.ok) throw new Error(`extract: ${res.status} ${await res.text()}`);
    results.push(...(await res.json()).results);
  }
  return results;
}

const pct = (x) => x.toFixed(4);

/** Returns whether text F1 reached its target. */
export async function run(corporaDir) {
  const cases = loadCases(corporaDir);
  if (!cases) {
    console.log(`No extraction corpus under ${corporaDir}: skipped.`);
    return true;
  }
  const harness = await startHarness('bench/workers/extract.ts');
  let results;
  try {
    results = await extractAll(harness.origin, cases);
  } finally {
    harness.stop();
  }
  const rows = cases.map((c, i) => {
    const got = results[i];
    const crashed = got.error !== undefined;
    const score = shingleScores(c.expectedText, crashed ? '' : got.text);
    const misses = crashed
      ? Object.keys(FIELDS)
      : Object.keys(FIELDS).filter((f) => !FIELDS[f](got, c.expectedMetadata));
    return { name: c.name, got, want: c.expectedMetadata, crashed, score, misses, f1: aggregate([score]).f1 };
  });
  const text = aggregate(rows.map((row) => row.score));
  const fieldCount = Object.keys(FIELDS).length;
  const metadata = 1 - rows.reduce((n, row) => n + row.misses.length, 0) / (rows.length * fieldCount);

  console.log(`${rows.length} pages, extracted in workerd`);
  console.log(
    `text      precision ${pct(text.precision)}  recall ${pct(text.recall)}  F1 ${pct(text.f1)}  (target ≥ ${TARGET_F1})`,
  );
  console.log(`metadata  accuracy ${pct(metadata)}  (target ≥ ${TARGET_METADATA})`);
  for (const field of Object.keys(FIELDS)) {
    const ok = rows.filter((row) => !row.misses.includes(field)).length;
    console.log(`  ${field.padEnd(14)} ${pct(ok / rows.length)}`);
  }
  const crashed = rows.filter((row) => row.crashed);
  if (crashed.length > 0) console.log(`crashed: ${crashed.map((row) => `${row.name} (${row.got.error})`).join(', ')}`);
  console.log('worst text F1:');
  for (const row of [...rows]
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, 8)
    .filter((row) => row.f1 < 1)) {
    console.log(
      `  ${row.name.padEnd(32)} F1 ${pct(row.f1)}  P ${pct(precision(row.score))}  R ${pct(recall(row.score))}`,
    );
  }
  console.log('metadata misses:');
  for (const row of rows.filter((row) => row.misses.length > 0)) {
    const detail = row.misses.map((field) => {
      const extra = field === 'publishedTime' && !row.want.publishedTime ? ' (a date the reference does not give)' : '';
      return `${field}: got ${JSON.stringify(row.got[field])}, want ${JSON.stringify(row.want[field])}${extra}`;
    });
    console.log(`  ${row.name.padEnd(32)} ${detail.join('; ')}`);
  }
  return text.f1 >= TARGET_F1;
}
