/**
 * `npm run bench`: API throughput and latency on `wrangler dev`, against baselines measured
 * in the same run, so the figures compare across machines.
 *   runtime   a bare Worker answering "ok" on wrangler dev: the dev server's own floor
 *   logging   the same Worker writing one JSON log line per request, as the API does: what that
 *             line costs under wrangler dev, whose inspector carries it to the terminal
 *   platform  the same, also asking the Rate Limiting binding once and making two trivial D1
 *             queries, the platform calls the measured route makes: what they cost under
 *             wrangler dev (simulated in the same workerd) before any of our code
 *   floor     GET /api/v1/nope          the middleware stack alone (a problem+json 404)
 *   baseline  GET /api/v1/health        no auth; D1 and R2 probes
 *   measured  GET /api/v1/workspaces/:id/audit?limit=25
 *             access JWT, per-user API budget (Rate Limiting binding), tenant check, a joined,
 *             paginated D1 query
 * Target: measured ≥ 0.5 × the bare Worker's throughput, with a p99 ≤ 1.5 × the bare Worker's
 * p99. The earlier targets (issue 2: measured ≥ 0.5 × baseline throughput; p99 < 50 ms at 50
 * connections) are printed too.
 */

import { startHarness } from './harness.mjs';
import { load, loadTool } from './load.mjs';
import { json, signUpBenchUser, startServer } from './server.mjs';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Routes are measured in interleaved rounds and summarised by the median, so drift hits all alike. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Returns whether the targets were met. */
export async function run() {
  // One user makes every request: a budget that never runs out keeps 429s out of the figures.
  const server = await startServer({ apiBudget: 100_000_000 });
  const hello = await startHarness('bench/workers/hello.ts');
  try {
    const { origin } = server;
    const signup = await signUpBenchUser(origin);
    const auth = { Authorization: `Bearer ${signup.accessToken}` };
    const wid = signup.workspace.id;
    // Enough audit entries for a full page of 25 and a next cursor.
    for (let i = 0; i < 40; i++) {
      await json(
        await fetch(`${origin}/api/v1/workspaces/${wid}/api-keys`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: `key ${i}`, role: 'viewer' }),
        }),
      );
    }
    const listUrl = `${origin}/api/v1/workspaces/${wid}/audit?limit=25`;
    const page = await json(await fetch(listUrl, { headers: auth }));
    if (page.items.length !== 25 || !page.nextCursor) throw new Error('the list route did not return a full page');

    const options = { connections: CONNECTIONS, seconds: SECONDS };
    console.log(
      `load: ${loadTool}, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per route; warming up…`,
    );
    await load(`${origin}/api/v1/health`, { ...options, seconds: 3 });
    const routes = {
      runtime: [`${hello.origin}/`, {}],
      logging: [`${hello.origin}/log`, {}],
      platform: [`${hello.origin}/platform`, {}],
      floor: [`${origin}/api/v1/nope`, {}],
      health: [`${origin}/api/v1/health`, {}],
      list: [listUrl, auth],
    };
    const samples = Object.fromEntries(Object.keys(routes).map((name) => [name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, [url, headers]] of Object.entries(routes)) {
        const result = await load(url, { ...options, headers });
        if (name !== 'floor' && (result.non2xx || result.errors)) {
          throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} socket errors`);
        }
        samples[name].push(result);
      }
    }
    const summarise = (runs) => ({
      rps: median(runs.map((r) => r.rps)),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
    });
    const runtime = summarise(samples.runtime);
    const logging = summarise(samples.logging);
    const platform = summarise(samples.platform);
    const floor = summarise(samples.floor);
    const health = summarise(samples.health);
    const list = summarise(samples.list);

    const row = (name, r) =>
      `${name.padEnd(36)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms`;
    console.log('');
    console.log(row('runtime   a bare Worker ("ok")', runtime));
    console.log(row('logging   the same, logging one line', logging));
    console.log(row('platform  + rate limit, two D1 queries', platform));
    console.log(row('floor     GET /api/v1/nope (404)', floor));
    console.log(row('baseline  GET /api/v1/health', health));
    console.log(row('measured  GET …/audit?limit=25 (authed)', list));
    const ratio = list.rps / health.rps;
    const runtimeRatio = list.rps / runtime.rps;
    const p99Ratio = list.p99 / runtime.p99;
    const verdict = (met) => (met ? 'met' : 'NOT met');
    console.log(
      `\nthroughput, measured / bare Worker: ${runtimeRatio.toFixed(2)}   (target ≥ 0.50: ${verdict(runtimeRatio >= 0.5)})`,
    );
    console.log(
      `p99, measured / bare Worker:        ${p99Ratio.toFixed(2)}   (target ≤ 1.50: ${verdict(p99Ratio <= 1.5)})`,
    );
    console.log(
      `throughput / bare Worker:           logging Worker ${(logging.rps / runtime.rps).toFixed(2)}   floor ${(floor.rps / runtime.rps).toFixed(2)}   health ${(health.rps / runtime.rps).toFixed(2)}`,
    );
    console.log(
      `throughput / logging Worker:        floor ${(floor.rps / logging.rps).toFixed(2)}   measured ${(list.rps / logging.rps).toFixed(2)}`,
    );
    console.log(
      `measured / platform Worker:         throughput ${(list.rps / platform.rps).toFixed(2)}   p99 ${(list.p99 / platform.p99).toFixed(2)}   (our code against a Worker making the same platform calls)`,
    );
    console.log(
      `throughput, measured / baseline:    ${ratio.toFixed(2)}   (issue 2, target ≥ 0.50: ${verdict(ratio >= 0.5)})`,
    );
    console.log(
      `p99 of the measured route:          ${list.p99.toFixed(1)} ms (issue 2, target < 50 ms: ${verdict(list.p99 < 50)})`,
    );
    console.log(
      `p99 of a bare Worker:               ${runtime.p99.toFixed(1)} ms — what wrangler dev itself costs here, before any of our code`,
    );
    return runtimeRatio >= 0.5 && p99Ratio <= 1.5;
  } finally {
    hello.stop();
    server.stop();
  }
}
