/**
 * The smallest Worker: what `wrangler dev` itself costs on this machine. The API benchmark
 * measures it in the same run, so its latency figures can be read against the runtime's floor.
 */
export default {
  fetch: () => new Response('ok'),
} satisfies ExportedHandler;
