/**
 * `npm run eval feeds`: field accuracy of the feed parser (worker/connectors/readers/feed),
 * run inside workerd through bench/workers/feeds.ts, on the third-party corpora:
 *   rss-parser         29 real feeds; expected = rss-parser's own output (isoDate, creator…)
 *   gofeed/translator  gofeed's normalized model
 *   gofeed/parser      gofeed's per-format models (rss.Feed, atom.Feed, json.Feed)
 *   gofeed/extensions  Dublin Core, iTunes, Media RSS cases (normalized model)
 *   gofeed/universal   no expected model: the format the file name states, or "not a feed"
 * Fields (corpora README): feed title and link; item title, link, guid, published (same
 * instant in UTC), author, first enclosure; and whether the item count matches. A field is
 * counted where either side has a value, so a value the expectation lacks counts against us.
 * Values are compared by meaning: titles as plain text (tags stripped, entities decoded),
 * URLs resolved against the same base, dates as instants, authors by name (else email), and
 * where a model keeps one meaning in several fields (rss-parser's creator/author/itunes.author,
 * gofeed's extension authors) any of them. Expected values known to be wrong or missing for
 * a reason of the library's own are listed in NOT_SCORED and printed with their count.
 * Target: overall accuracy ≥ 0.95 (pooled over fields). rss-parser is scored the same way
 * for reference; the per-corpus means are printed beside the pooled figure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeHTMLStrict } from 'entities';
import RssParser from 'rss-parser';
import { startHarness } from '../bench/harness.mjs';

export const TARGET = 0.95;
const FIELDS = ['count', 'feed.title', 'feed.link', 'title', 'link', 'guid', 'published', 'author', 'enclosure'];
const BATCH = 60;

const list = (dir) => (existsSync(dir) ? readdirSync(dir).sort() : []);

/** Every case: its input file, the URL it is parsed as coming from, and its expectation in one comparable shape. */
export function loadCases(corpora) {
  const cases = [];
  // Every case is parsed as if fetched from its own URL, so relative links resolve alike on both sides.
  const add = (corpus, name, input, expected) => {
    cases.push({ corpus, name, input, url: `https://feeds.example/${corpus}/${basename(input)}`, expected });
  };
  const rp = join(corpora, 'feeds/rss-parser/test');
  for (const out of list(join(rp, 'output'))) {
    const name = basename(out, '.json');
    const input = list(join(rp, 'input')).find((f) => f.startsWith(`${name}.`));
    const json = JSON.parse(readFileSync(join(rp, 'output', out), 'utf8'));
    if (input) add('rss-parser', name, join(rp, 'input', input), fromRssParser(json.feed));
  }
  const gofeed = join(corpora, 'feeds/gofeed/testdata');
  for (const [corpus, dir, model] of [
    ['gofeed/translator', 'translator/rss', fromGofeed],
    ['gofeed/translator', 'translator/atom', fromGofeed],
    ['gofeed/translator', 'translator/json', fromGofeed],
    ['gofeed/parser', 'parser/rss', fromGofeedRss],
    ['gofeed/parser', 'parser/atom', fromGofeedAtom],
    ['gofeed/parser', 'parser/json', fromGofeedJson],
    ['gofeed/extensions', 'extensions/dublincore', fromGofeed],
    ['gofeed/extensions', 'extensions/itunes', fromGofeed],
    ['gofeed/extensions', 'extensions/media', fromGofeed],
  ]) {
    const files = list(join(gofeed, dir));
    for (const file of files) {
      const json = dir.endsWith('json');
      if (json ? file.endsWith('_expected.json') || !file.endsWith('.json') : !file.endsWith('.xml')) continue;
      const stem = file.slice(0, -extname(file).length);
      const expectedFile = `${stem}${json ? '_expected' : ''}.json`;
      if (!files.includes(expectedFile)) continue;
      const expected = JSON.parse(readFileSync(join(gofeed, dir, expectedFile), 'utf8'));
      add(corpus, `${dir.split('/')[1]}/${stem}`, join(gofeed, dir, file), model(expected));
    }
  }
  for (const file of list(join(gofeed, 'parser/universal'))) {
    add('gofeed/universal', file, join(gofeed, 'parser/universal', file), null);
  }
  return cases;
}

// ── expectations in one shape: {notAFeed?, format?, title, link, items: [{title, link, guid, published, author, enclosure}]}

const str = (v) => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : null);
const enc = (e) => (e?.url ? { url: e.url, type: str(e.type), length: str(e.length) } : null);
const personName = (p) => str(p?.name) ?? str(p?.email);

/** The comparable shape: feed title and link, and per item the scored fields (values as the model has them). */
function shape(title, link, items, item) {
  return { title: str(title), link: str(link), items: (items ?? []).map(item) };
}

function alternatives(values) {
  const present = values.map(str).filter((v) => v !== null);
  return present.length === 0 ? null : present.length === 1 ? present[0] : { anyOf: present };
}

/** rss-parser keeps `creator` (dc:creator), `author` and `itunes.author` apart: any of them is the author. */
const fromRssParser = (feed) =>
  shape(feed.title, feed.link, feed.items, (i) => ({
    title: str(i.title),
    link: str(i.link),
    guid: str(i.guid) ?? str(i.id),
    published: str(i.isoDate),
    rawDate: str(i.pubDate),
    author: alternatives([i.creator, i.author, i.itunes?.author]),
    enclosure: enc(i.enclosure),
  }));

const fromGofeed = (feed) =>
  shape(feed.title, feed.link, feed.items, (i) => ({
    title: str(i.title),
    link: str(i.link),
    guid: str(i.guid),
    published: str(i.publishedParsed) ?? str(i.published),
    author: personName(i.author) ?? personName(i.authors?.[0]),
    enclosure: enc(i.enclosures?.[0]),
  }));

// gofeed's RSS model files Dublin Core and iTunes authors under extensions; they mean the same.
const fromGofeedRss = (feed) =>
  shape(feed.title, feed.link, feed.items, (i) => ({
    title: str(i.title),
    link: str(i.link),
    guid: str(i.guid?.value),
    published: str(i.pubDateParsed),
    author: alternatives([i.author, i.dcExt?.creator?.[0], i.itunesExt?.author]),
    enclosure: enc(i.enclosure ?? i.enclosures?.[0]),
  }));

const alternate = (links) => links?.find((l) => (l.rel ?? 'alternate') === 'alternate' && l.href)?.href;

// gofeed's own translator dates an entry by its update time when it has no other.
const fromGofeedAtom = (feed) =>
  shape(feed.title, alternate(feed.links), feed.entries, (e) => {
    const link = e.links?.find((l) => l.rel === 'enclosure');
    return {
      title: str(e.title),
      link: str(alternate(e.links)),
      guid: str(e.id),
      published: str(e.publishedParsed) ?? str(e.updatedParsed),
      author: personName(e.authors?.[0]),
      enclosure: link ? enc({ url: link.href, type: link.type, length: link.length }) : null,
    };
  });

const fromGofeedJson = (feed) =>
  shape(feed.title, feed.home_page_url, feed.items, (i) => {
    const a = i.attachments?.[0];
    return {
      title: str(i.title),
      link: str(i.url),
      guid: str(i.id),
      published: str(i.date_published),
      author: personName(i.authors?.[0] ?? i.author),
      enclosure: a ? enc({ url: a.url, type: a.mime_type, length: a.size_in_bytes }) : null,
    };
  });

/** Our ParsedFeed in the same shape. */
export function fromCrowsnest(feed) {
  return {
    format: feed.format,
    plainTitles: true,
    title: feed.title,
    link: feed.link,
    items: feed.items.map((i) => ({
      title: i.title,
      link: i.link,
      guid: i.guid,
      published: i.published,
      author: personName(i.authors[0]),
      enclosure: enc(i.enclosures[0]),
    })),
  };
}

// ── comparing by meaning

const line = (s) => s.replace(/\s+/g, ' ').trim();
const plain = (s) => line(decodeHTMLStrict(s.replace(/<\/?[A-Za-z][^>]*>/g, '')));
function url(s, base) {
  try {
    return new URL(s.trim(), base).href;
  } catch {
    return s.trim();
  }
}
/** "jo@example.org (Jo Doe)" and "Jo Doe <jo@example.org>" mean Jo Doe. */
function author(s) {
  const named = /\(([^)]+)\)\s*$/.exec(s)?.[1] ?? /^([^<]+?)\s*<[^>]+>$/.exec(s)?.[1];
  return line(named ?? s).toLowerCase();
}

/**
 * A text equal but for U+FFFD where the other has a character: the expectation was produced
 * from bytes decoded in the wrong charset, so those characters are unknown, not different.
 */
function sameButReplaced(expected, actual) {
  if (!expected.includes('\uFFFD')) return expected === actual;
  const pattern = expected.split('\uFFFD').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${pattern.join('.{1,2}')}$`, 'su').test(actual);
}

/** Each comparator takes (expected, actual, base, plainActual): our titles are already plain text. */
const SAME = {
  title: (a, b, _, plainB) => sameButReplaced(plain(a), plainB ? line(b) : plain(b)),
  link: (a, b, base) => url(a, base) === url(b, base),
  guid: (a, b) => line(a) === line(b),
  published: (a, b) => Date.parse(a) === Date.parse(b),
  author: (a, b, _, plainB) => {
    const actual = b.anyOf?.[0] ?? b;
    return (a.anyOf ?? [a]).some((one) => author(plain(one)) === author(plainB ? actual : plain(actual)));
  },
  enclosure: (a, b, base) =>
    url(a.url, base) === url(b.url, base) &&
    (a.type === null || a.type === b.type) &&
    (a.length === null || Number(a.length) === Number(b.length)),
};

/**
 * Expected values known to be wrong or not comparable: not scored, but counted and printed.
 * Each returns a reason when it applies to (corpus, field, expected, actual).
 */
const NOT_SCORED = [
  (corpus, field, e) =>
    corpus === 'rss-parser' && field === 'published' && e?.published == null && e?.rawDate != null
      ? 'rss-parser could not parse the date, so it has no isoDate to compare'
      : null,
];

/** Compares one case; returns results [{field, expected, actual, ok}] for every field either side has, and notes. */
export function compareCase(kase, outcome) {
  const results = [];
  const notes = [];
  const plainActual = outcome.ok && outcome.feed.plainTitles;
  const check = (field, kind, expected, actual, expectedItem) => {
    if (expected == null && actual == null) return;
    const reason = NOT_SCORED.map((rule) => rule(kase.corpus, field, expectedItem, actual)).find(Boolean);
    if (reason) {
      notes.push({ scored: false, reason, field, expected: expectedItem?.rawDate ?? expected, actual });
      return;
    }
    const ok = expected != null && actual != null && SAME[kind](expected, actual, kase.url, plainActual);
    if (ok && typeof expected === 'string' && expected.includes('\uFFFD')) {
      const reason =
        'the expected text has U+FFFD where rss-parser decoded bytes in the wrong charset; those characters matched as wildcards';
      notes.push({ scored: true, reason, field, expected, actual });
    }
    results.push({ field, expected, actual, ok });
  };
  if (kase.expected === null) {
    const want = expectedFormat(kase.name);
    const got = outcome.ok ? outcome.feed.format : 'not a feed';
    results.push({ field: 'format', expected: want, actual: got, ok: want === got });
    return { results, notes };
  }
  const exp = kase.expected;
  const act = outcome.ok ? outcome.feed : { title: null, link: null, items: [] };
  results.push({
    field: 'count',
    expected: exp.items.length,
    actual: act.items.length,
    ok: exp.items.length === act.items.length,
  });
  check('feed.title', 'title', exp.title, act.title);
  check('feed.link', 'link', exp.link, act.link);
  const none = {};
  for (let i = 0; i < Math.max(exp.items.length, act.items.length); i++) {
    const e = exp.items[i] ?? none;
    const a = act.items[i] ?? none;
    for (const f of ['title', 'link', 'guid', 'published', 'author', 'enclosure']) check(f, f, e[f], a[f], e);
  }
  return { results, notes };
}

/** parser/universal has no expected model; its file names say what each file is. */
function expectedFormat(name) {
  if (/^(unknown|invalid|empty)/.test(name)) return 'not a feed';
  if (name.startsWith('atom')) return 'atom';
  if (name.startsWith('json') || name === 'sample.json') return 'json';
  if (name.startsWith('rdf')) return 'rdf';
  return 'rss';
}

/** Accuracy per corpus and field, overall, and the cases with the most misses. */
export function score(cases, outcomes) {
  const byCorpus = new Map();
  const perCase = [];
  const notes = new Map();
  let ok = 0;
  let total = 0;
  cases.forEach((kase, i) => {
    const { results, notes: caseNotes } = compareCase(kase, outcomes[i]);
    for (const note of caseNotes) {
      const example = `${kase.corpus}/${kase.name} ${note.field}: ${show(note.expected)} → ${show(note.actual)}`;
      const seen = notes.get(note.reason) ?? { count: 0, example, scored: note.scored };
      seen.count++;
      notes.set(note.reason, seen);
    }
    const corpus = byCorpus.get(kase.corpus) ?? { ok: 0, total: 0, cases: 0, fields: {} };
    corpus.cases++;
    for (const r of results) {
      corpus.fields[r.field] ??= { ok: 0, total: 0 };
      const f = corpus.fields[r.field];
      f.total++;
      corpus.total++;
      total++;
      if (r.ok) {
        f.ok++;
        corpus.ok++;
        ok++;
      }
    }
    byCorpus.set(kase.corpus, corpus);
    perCase.push({ kase, outcome: outcomes[i], misses: results.filter((r) => !r.ok), total: results.length });
  });
  return { accuracy: total ? ok / total : 1, ok, total, byCorpus, perCase, notes };
}

// ── running the parsers

/** Starts the harness Worker; `texts` are the inputs as decoded inside workerd by decodeBody. */
export async function openHarness(cases) {
  const harness = await startHarness('bench/workers/feeds.ts');
  // wrangler dev restarts the Worker when a file it bundles changes (others edit the repo
  // too); the request then fails with 503 and is safe to send again.
  const post = async (path, body, attempts = 3) => {
    const res = await fetch(`${harness.origin}${path}`, { method: 'POST', body: JSON.stringify(body) });
    if (res.status === 503 && attempts > 1) return post(path, body, attempts - 1);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const inputs = cases.map((c) => ({
    base64: readFileSync(c.input).toString('base64'),
    contentType: null,
    url: c.url,
  }));
  const texts = await post('/load', inputs);
  return { ...harness, post, inputs, texts };
}

export async function parseInWorkerd(harness) {
  const outcomes = [];
  for (let i = 0; i < harness.inputs.length; i += BATCH) {
    outcomes.push(...(await harness.post('/parse', harness.inputs.slice(i, i + BATCH))));
  }
  return outcomes.map((o) => (o.ok ? { ok: true, feed: fromCrowsnest(o.feed) } : o));
}

export async function parseWithRssParser(cases, texts) {
  const parser = new RssParser();
  const outcomes = [];
  for (const [i, text] of texts.entries()) {
    try {
      const feed = await parser.parseString(text);
      outcomes.push({ ok: true, feed: { format: rssParserFormat(text), ...fromRssParser(feed) } });
    } catch (error) {
      outcomes.push({
        ok: false,
        error: { name: 'Error', message: String(error?.message ?? error) },
        case: cases[i].name,
      });
    }
  }
  return outcomes;
}

/** rss-parser does not say which format it read; for the universal cases, guess as it would. */
function rssParserFormat(text) {
  if (/<feed[\s>]/.test(text)) return 'atom';
  if (/<rdf:RDF[\s>]/i.test(text)) return 'rdf';
  return 'rss';
}

// ── report

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');
const show = (v) =>
  (v == null ? '∅' : typeof v === 'object' ? JSON.stringify(v) : JSON.stringify(String(v))).slice(0, 90);

export function printScore(label, result, { worst = 0 } = {}) {
  const corpora = [...result.byCorpus.values()];
  const macro = corpora.reduce((sum, c) => sum + c.ok / c.total, 0) / corpora.length;
  console.log(
    `\n${label}: overall ${result.accuracy.toFixed(4)} (${result.ok}/${result.total} fields; mean of corpora ${macro.toFixed(4)})`,
  );
  for (const [corpus, c] of result.byCorpus) {
    const fields = FIELDS.concat('format')
      .filter((f) => c.fields[f])
      .map((f) => `${f} ${pct(c.fields[f].ok, c.fields[f].total)}`)
      .join(', ');
    console.log(
      `  ${corpus.padEnd(18)} ${(c.ok / c.total).toFixed(4)}  ${c.cases} cases, ${c.total} fields — ${fields}`,
    );
  }
  for (const [reason, { count, example, scored }] of result.notes) {
    console.log(`  ${scored ? 'scored with care' : 'not scored'}: ${count} field(s): ${reason}; e.g. ${example}`);
  }
  const crashes = result.perCase.filter((p) => !p.outcome.ok && p.outcome.error?.name !== 'NotAFeedError');
  if (crashes.length && worst)
    console.log(
      `  ${crashes.length} inputs failed with an unexpected error, e.g. ${crashes[0].kase.name}: ${crashes[0].outcome.error.message.split('\n')[0]}`,
    );
  if (!worst) return;
  const sorted = result.perCase.filter((p) => p.misses.length).sort((a, b) => b.misses.length - a.misses.length);
  console.log(`  ${sorted.length} cases with misses; the worst ${Math.min(worst, sorted.length)}:`);
  for (const p of sorted.slice(0, worst)) {
    console.log(`   ${p.kase.corpus}/${p.kase.name}: ${p.misses.length} of ${p.total} fields`);
    for (const m of p.misses.slice(0, 3))
      console.log(`      ${m.field}: expected ${show(m.expected)}, got ${show(m.actual)}`);
  }
}

export async function run(corporaDir) {
  const cases = loadCases(corporaDir);
  if (cases.length === 0) {
    console.log(`No feed corpora under ${corporaDir}/feeds: nothing to evaluate.`);
    return true;
  }
  const harness = await openHarness(cases);
  try {
    const ours = score(cases, await parseInWorkerd(harness));
    printScore('Crowsnest (workerd)', ours, { worst: Number(process.env.EVAL_WORST ?? 8) });
    printScore(
      'rss-parser (Node), same scoring, for reference',
      score(cases, await parseWithRssParser(cases, harness.texts)),
    );
    const met = ours.accuracy >= TARGET;
    console.log(`\nTarget overall ≥ ${TARGET}: ${met ? 'met' : 'NOT met'} (${ours.accuracy.toFixed(4)}).`);
    return met;
  } finally {
    harness.stop();
  }
}
