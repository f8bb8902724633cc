/**
 * `npm run bench feeds`: feeds per second of the feed parser inside workerd, against
 * rss-parser (the common Node choice) in Node, in the same run, on the same feeds, with each
 * one's accuracy from eval/feeds.mjs beside it so speed is not bought with accuracy.
 *
 * The Worker parses the loaded feeds `rounds` times per request and the time is taken from
 * Node around the request: deployed Workers do not advance their clock during CPU work, and
 * with each request lasting about a second the HTTP round trip is noise. Both sides parse
 * text that decodeBody has already decoded, so neither pays for charset detection. Both are
 * measured in interleaved trials and summarised by the median, so machine load hits both.
 * Only feeds that both parsers read without error are timed (rss-parser reads no JSON Feed
 * and fails fast on what it rejects, which would flatter its rate).
 *
 * Target: at least 3× rss-parser's feeds/s on the real-world feeds (the rss-parser corpus),
 * at overall accuracy no lower than rss-parser's. The issue's floor is 1×; runs on the shared
 * 2-core machine measured 3.8–5.7× at load averages of 1.5–2.6 (other engineers' tests
 * running), so 3× asks for a clear win that machine noise does not turn into a false failure. The tiny gofeed cases are
 * reported too (per-call overhead dominates there) but are not the target.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import RssParser from 'rss-parser';
import { loadCases, openHarness, parseInWorkerd, parseWithRssParser, printScore, score } from '../eval/feeds.mjs';
import { root } from '../scripts/local-env.mjs';

/** As eval/run.mjs finds them (that module runs the evaluations when imported, so it is not). */
const CORPORA = process.env.CORPORA_DIR ?? join(root, '../shared/corpora');

const TARGET_RATIO = 3;
const TRIALS = Number(process.env.BENCH_TRIALS ?? 5);
const TRIAL_MS = Number(process.env.BENCH_TRIAL_MS ?? 1500);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Feeds/s of workerd on the loaded feeds, one trial of about TRIAL_MS. */
async function workerdTrial(harness, inputs, rounds) {
  const start = performance.now();
  const { parsed } = await harness.post('/run', { rounds });
  const ms = performance.now() - start;
  if (parsed !== inputs.length * rounds) {
    // The Worker restarted (wrangler dev reloads when a bundled file changes) and lost its feeds.
    console.log('  (the harness Worker restarted; loading the feeds again and repeating the trial)');
    await harness.post('/load', inputs);
    return workerdTrial(harness, inputs, rounds);
  }
  return (inputs.length * rounds * 1000) / ms;
}

let rssParserFailures = 0;

/** rss-parser keeps state between calls: a feed it read once may be rejected on a later call. Counted, not fatal. */
async function rssParserTrial(texts, rounds) {
  const parser = new RssParser();
  const start = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) await parser.parseString(text).catch(() => rssParserFailures++);
  }
  return (texts.length * rounds * 1000) / (performance.now() - start);
}

/** Rounds that make one trial last about TRIAL_MS, from a first timed pass. */
function roundsFor(feedsPerSecond, count) {
  return Math.max(1, Math.round((feedsPerSecond * TRIAL_MS) / 1000 / count));
}

async function measure(label, harness, inputs, texts) {
  await harness.post('/load', inputs);
  const oursRounds = roundsFor(await workerdTrial(harness, inputs, 1), inputs.length);
  const theirsRounds = roundsFor(await rssParserTrial(texts, 1), texts.length);
  await workerdTrial(harness, inputs, oursRounds); // warm-up at full size
  const ours = [];
  const theirs = [];
  for (let trial = 0; trial < TRIALS; trial++) {
    ours.push(await workerdTrial(harness, inputs, oursRounds));
    theirs.push(await rssParserTrial(texts, theirsRounds));
  }
  const [o, t] = [median(ours), median(theirs)];
  const chars = texts.reduce((sum, text) => sum + text.length, 0);
  console.log(
    `  ${label.padEnd(26)} ${String(inputs.length).padStart(4)} feeds, ${(chars / 1e6).toFixed(2)} M chars: ` +
      `Crowsnest/workerd ${o.toFixed(0)} feeds/s, rss-parser/Node ${t.toFixed(0)} feeds/s, ratio ${(o / t).toFixed(1)}×`,
  );
  return o / t;
}

export async function run() {
  const cases = loadCases(CORPORA);
  if (cases.length === 0) {
    console.log(
      `No feed corpora under ${CORPORA}/feeds (../shared/corpora is not part of the repo): nothing to measure.`,
    );
    return true;
  }
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (2 cores shared)`,
  );
  const harness = await openHarness(cases);
  try {
    const oursOutcomes = await parseInWorkerd(harness);
    const theirsOutcomes = await parseWithRssParser(cases, harness.texts);
    const ours = score(cases, oursOutcomes);
    const theirs = score(cases, theirsOutcomes);
    printScore('accuracy, Crowsnest', ours);
    printScore('accuracy, rss-parser', theirs);

    const both = cases.map((_, i) => i).filter((i) => oursOutcomes[i].ok && theirsOutcomes[i].ok);
    console.log(
      `\nthroughput (${both.length} of ${cases.length} corpus files read by both; ${TRIALS} trials of ~${TRIAL_MS} ms, median):`,
    );
    const group = (filter) => {
      const picked = both.filter((i) => filter(cases[i]));
      return [picked.map((i) => harness.inputs[i]), picked.map((i) => harness.texts[i])];
    };
    const realWorld = await measure('real-world (rss-parser)', harness, ...group((c) => c.corpus === 'rss-parser'));
    await measure('gofeed cases (tiny)', harness, ...group((c) => c.corpus !== 'rss-parser'));
    await measure('all', harness, ...group(() => true));

    const met = realWorld >= TARGET_RATIO && ours.accuracy >= theirs.accuracy;
    if (rssParserFailures) console.log(`  rss-parser rejected ${rssParserFailures} parses of feeds it had read before`);
    console.log(
      `\nload average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n` +
        `Target ≥ ${TARGET_RATIO}× rss-parser on real-world feeds at accuracy ≥ rss-parser's ` +
        `(${ours.accuracy.toFixed(4)} vs ${theirs.accuracy.toFixed(4)}): ${met ? 'met' : 'NOT met'} (${realWorld.toFixed(1)}×).`,
    );
    return met;
  } finally {
    harness.stop();
  }
}
