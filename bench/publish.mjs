/**
 * `npm run bench publish`: BENCH_TARGETS (10,000) post targets due in the same minute,
 * published by the real pipeline — the minute cron's claim, the publish queue, the consumer,
 * the webhook publisher — on `wrangler dev`, to a local webhook platform (bench/platform.mjs).
 *   lateness    from the due minute to each target's first arrival at the platform:
 *               p50, p99, max (target: p99 < 60 s)
 *   throughput  targets arriving per second, from the first arrival to the last
 *   baseline    a plain Node loop making the same calls with as many at once as the pipeline
 *               works on at once (the publish consumer's max_batch_size, whose tasks run
 *               together; BENCH_BASELINE_CONCURRENCY overrides); target: the pipeline ≥ 0.5 × its
 *               throughput. The most deliveries the platform saw in flight at once is printed too.
 * Exactly once: no key may arrive twice and every target must end `published`; a duplicate or
 * a lost target fails the run. The targets are spread over BENCH_ACCOUNTS (200) webhook
 * accounts, enough that their budget of 60 a minute each (PUBLISH_BUDGETS) is not what is
 * measured at 10,000; the posts are written straight into D1 (publish-seed.mjs) after the API's
 * own pace is measured on a few.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fireLocally } from '../scripts/local-crons.mjs';
import { root } from '../scripts/local-env.mjs';
import { startPlatform } from './platform.mjs';
import { runBaseline } from './publish-baseline.mjs';
import { d1, seedSql } from './publish-seed.mjs';
import { json, signUpBenchUser, startServer } from './server.mjs';

const TARGETS = Number(process.env.BENCH_TARGETS ?? 10_000);
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 200);
/** Targets per post (the API allows 20). */
const PER_POST = Number(process.env.BENCH_TARGETS_PER_POST ?? 10);
/** Posts made through the API to measure its pace. */
const API_SAMPLE = Number(process.env.BENCH_API_POSTS ?? 10);
/** Minutes of cron runs after which targets not yet arrived count as lost. */
const MAX_MINUTES = Number(process.env.BENCH_MAX_MINUTES ?? 15);
const MINUTE = 60_000;
const BODY = `Benchmark post: ${'the quick brown fox jumps over the lazy dog; '.repeat(6)}`.slice(0, 280);
/** Where the seeded rows wait until the due minute is chosen (after seeding, so it is ahead). */
const PARKED_AT = Date.UTC(2100, 0, 1);

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** A user, a workspace and ACCOUNTS webhook accounts pointing at the platform. */
async function setUp(origin, platform) {
  const signup = await signUpBenchUser(origin);
  const headers = { Authorization: `Bearer ${signup.accessToken}`, 'Content-Type': 'application/json' };
  const wid = signup.workspace.id;
  const accountIds = [];
  for (let n = 0; n < ACCOUNTS; n++) {
    const path = `/hook/${n}`;
    const account = await json(
      await fetch(`${origin}/api/v1/workspaces/${wid}/accounts`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ platform: 'webhook', url: `${platform.origin}${path}`, name: `bench ${n}` }),
      }),
    );
    await platform.setSecret(path, account.secret);
    accountIds.push(account.id);
  }
  return { wid, workspaceId: wid, userId: signup.user.id, headers, accountIds };
}

/** Creates API_SAMPLE posts through the API (due tomorrow, out of the measured minute); targets/s. */
async function apiPace(origin, { wid, headers, accountIds }) {
  const started = performance.now();
  for (let p = 0; p < API_SAMPLE; p++) {
    const targets = Array.from({ length: PER_POST }, (_, i) => ({
      accountId: accountIds[(p * PER_POST + i) % ACCOUNTS],
    }));
    await json(
      await fetch(`${origin}/api/v1/workspaces/${wid}/posts`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ body: BODY, targets, scheduledAt: new Date(Date.now() + 86_400_000).toISOString() }),
      }),
    );
  }
  return (API_SAMPLE * PER_POST) / ((performance.now() - started) / 1000);
}

/**
 * The publish consumer's max_batch_size in wrangler.toml: the targets the pipeline works on at
 * once (a batch's publish tasks run together, queues/consumer.ts), so the baseline's concurrency.
 */
function publishBatchSize() {
  const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8');
  const size = /queue = "crowsnest-publish"[^[]*?max_batch_size = (\d+)/.exec(toml)?.[1];
  if (!size) throw new Error('wrangler.toml has no consumer of crowsnest-publish with a max_batch_size');
  return Number(size);
}

function statusCounts(server, due) {
  const [{ results }] = d1(server, {
    command: `SELECT status, count(*) AS n FROM post_targets WHERE scheduled_at = ${due} GROUP BY status`,
  });
  return Object.fromEntries(results.map((r) => [r.status, r.n]));
}

/**
 * Fires the minute cron at `due` and each minute after, as Cloudflare would, until every key
 * arrived, nothing arrived for two minutes, or MAX_MINUTES passed. Returns the runs' promises.
 */
async function publishAll(server, platform, due) {
  const runs = [];
  let arrived = 0;
  let stalled = 0;
  for (let minute = due; minute < due + MAX_MINUTES * MINUTE; minute += MINUTE) {
    await sleep(minute - Date.now());
    runs.push(fireLocally(server.origin, '* * * * *', new Date(minute), (line) => console.log(`  ${line}`)));
    const before = arrived;
    while (Date.now() < minute + MINUTE) {
      ({ distinct: arrived } = await platform.stats('hook'));
      if (arrived >= TARGETS) return runs;
      await sleep(1000);
    }
    console.log(`  ${arrived} of ${TARGETS} arrived by ${new Date(minute + MINUTE).toISOString()} (load ${load()})`);
    stalled = arrived === before ? stalled + 1 : 0;
    if (stalled >= 2) break;
  }
  return runs;
}

/** Returns whether the targets were met. */
export async function run() {
  const platform = await startPlatform();
  const server = await startServer({
    apiBudget: 100_000_000,
    vars: { OUTBOUND_ALLOW_HOSTS: `127.0.0.1:${platform.port}` },
  });
  try {
    console.log(`${TARGETS} targets, ${PER_POST} a post, over ${ACCOUNTS} webhook accounts (60 a minute each)`);
    const user = await setUp(server.origin, platform);
    const apiRate = await apiPace(server.origin, user);
    console.log(
      `API pace: ${apiRate.toFixed(1)} targets/s creating posts (${API_SAMPLE} posts): ${TARGETS} would take ${(TARGETS / apiRate).toFixed(0)} s`,
    );

    const started = performance.now();
    const { files, keys } = seedSql({
      ...user,
      targetCount: TARGETS,
      perPost: PER_POST,
      scheduledAt: PARKED_AT,
      body: BODY,
    });
    for (const file of files) d1(server, { file });
    const due = Math.ceil((Date.now() + 20_000) / MINUTE) * MINUTE;
    d1(server, {
      command: `UPDATE posts SET scheduled_at = ${due} WHERE scheduled_at = ${PARKED_AT}; UPDATE post_targets SET scheduled_at = ${due} WHERE scheduled_at = ${PARKED_AT};`,
    });
    console.log(`seeded in D1 in ${((performance.now() - started) / 1000).toFixed(1)} s (${files.length} files)`);
    if (Date.now() >= due) throw new Error('seeding ran past the due minute; rerun');
    console.log(
      `due at ${new Date(due).toISOString()}; waiting ${((due - Date.now()) / 1000).toFixed(0)} s (load ${load()})`,
    );

    const runs = await publishAll(server, platform, due);
    const loadDuring = load();
    await Promise.all(runs);
    const pipe = await platform.stats('hook', true);
    const firstAt = new Map(pipe.first);
    const lateness = keys
      .filter((k) => firstAt.has(k))
      .map((k) => (firstAt.get(k) - due) / 1000)
      .sort((a, b) => a - b);
    const arrivals = [...firstAt.values()].sort((a, b) => a - b);
    const rate = (times) => (times.length > 1 ? (times.length - 1) / ((times.at(-1) - times[0]) / 1000) : 0);
    const pipeRate = rate(arrivals);

    // The last arrivals' rows move to `published` just after their answer.
    let counts = statusCounts(server, due);
    for (let i = 0; i < 10 && (counts.published ?? 0) < TARGETS && (counts.queued || counts.publishing); i++) {
      await sleep(2000);
      counts = statusCounts(server, due);
    }

    const concurrency = Number(process.env.BENCH_BASELINE_CONCURRENCY ?? publishBatchSize());
    const baseFailed = await runBaseline(platform, { count: TARGETS, concurrency, accounts: ACCOUNTS, body: BODY });
    const base = await platform.stats('base', true);
    const baseRate = rate(base.first.map(([, at]) => at).sort((a, b) => a - b));
    const loadAfter = load();

    const lost = TARGETS - (counts.published ?? 0);
    const ratio = pipeRate / baseRate;
    const verdict = (met) => (met ? 'met' : 'NOT met');
    const p99 = percentile(lateness, 99) ?? Number.NaN;
    console.log('');
    console.log(
      `lateness after the due minute:   p50 ${percentile(lateness, 50)?.toFixed(1)} s   p99 ${p99.toFixed(1)} s   max ${lateness.at(-1)?.toFixed(1)} s   (${lateness.length} of ${TARGETS} arrived)`,
    );
    console.log(
      `pipeline throughput:             ${pipeRate.toFixed(1)} targets/s, first to last arrival (most in flight at once: ${pipe.maxInFlight})`,
    );
    console.log(
      `baseline throughput:             ${baseRate.toFixed(1)} posts/s, a Node loop at ${concurrency} concurrent (${baseFailed} not 2xx)`,
    );
    console.log(`target statuses in D1:           ${JSON.stringify(counts)}`);
    console.log(
      `platform:                        ${pipe.requests} requests, ${pipe.distinct} distinct keys, ${pipe.repeats} duplicates, ${pipe.badSignatures} bad signatures, ${pipe.unkeyed} without a key`,
    );
    console.log(`machine load (1/5/15 min):       while publishing ${loadDuring}   after the baseline ${loadAfter}`);
    console.log(`\nlateness p99:                    ${p99.toFixed(1)} s   (target < 60 s: ${verdict(p99 < 60)})`);
    console.log(`throughput, pipeline / baseline: ${ratio.toFixed(2)}   (target ≥ 0.50: ${verdict(ratio >= 0.5)})`);
    console.log(
      `exactly once:                    ${pipe.repeats} duplicated, ${lost} not published   (target 0 and 0: ${verdict(pipe.repeats === 0 && lost === 0)})`,
    );
    const sound = pipe.repeats === 0 && lost === 0 && pipe.badSignatures === 0 && pipe.unkeyed === 0;
    return sound && p99 < 60 && ratio >= 0.5;
  } finally {
    server.stop();
    platform.stop();
  }
}
