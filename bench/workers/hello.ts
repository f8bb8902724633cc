/**
 * The smallest Worker: what `wrangler dev` itself costs on this machine. The API benchmark
 * measures it in the same run, so its latency figures can be read against the runtime's floor.
 *
 * At /log it also writes one JSON line per request, of the size the API's request log writes:
 * under wrangler dev a console line travels through the inspector to the terminal, which costs
 * more than all the rest of a bare request, and the API writes one for every request.
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

export default {
  fetch: (request) => {
    if (request.url.endsWith('/log')) console.log(LINE);
    return new Response('ok');
  },
} satisfies ExportedHandler;
