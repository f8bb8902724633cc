/**
 * The smallest Worker: what `wrangler dev` itself costs on this machine. The API benchmark
 * measures it in the same run, so its latency figures can be read against the runtime's floor.
 *
 * At /log it also writes one JSON line per request, of the size the API's request log writes:
 * under wrangler dev a console line travels through the inspector to the terminal, which costs
 * more than all the rest of a bare request, and the API writes one for every request.
 *
 * At /platform it writes the line, asks the Rate Limiting binding once and makes two trivial D1
 * queries one after the other, the platform calls the measured route must make (the caller's
 * budget, membership, then the page): what they cost under wrangler dev before any of our code.
 * Locally both bindings are simulated in the same workerd, each call costing about as much CPU
 * as a whole bare request; in production they are a local counter and a network hop.
 */
const LINE = JSON.stringify({
  level: 'info',
  msg: 'request',
  method: 'GET',
  path: '/api/v1/workspaces/ws_01JD0000000000000000000000/audit',
  status: 200,
  ms: 1.5,
  requestId: '00000000-0000-4000-8000-000000000000',
  workspaceId: 'ws_01JD0000000000000000000000',
  principal: 'usr_01JD0000000000000000000000',
});

interface Env {
  /** `[[d1_databases]] BENCH_DB` in bench/harness.toml: an empty local database. */
  BENCH_DB: D1Database;
  /** `[[ratelimits]] BENCH_RATE_LIMIT` in bench/harness.toml: a budget never spent. */
  BENCH_RATE_LIMIT: RateLimit;
}

export default {
  fetch: async (request, env) => {
    const path = new URL(request.url).pathname;
    if (path === '/log' || path === '/platform') console.log(LINE);
    if (path === '/platform') {
      await env.BENCH_RATE_LIMIT.limit({ key: 'bench' });
      await env.BENCH_DB.prepare('SELECT ?1 AS role').bind('owner').first();
      await env.BENCH_DB.prepare('SELECT ?1 AS id').bind(1).all();
    }
    return new Response('ok');
  },
} satisfies ExportedHandler<Env>;
