/**
 * Starts a PLC directory and a PDS (@atproto/dev-env) in this process, the PDS on the port
 * given as the first argument, and prints `PDS_URL <url>` once they listen; stops them when
 * its standard input closes (the test run ended, or died). A process of its own, run by plain Node: Vite would load dev-env with the
 * Workers runtime's resolve conditions (browser builds of jose and the like), which fail.
 */
// By file, not through the package's index: that loads the AppView and Ozone too, seconds of start-up.

import { TestPds } from './node_modules/@atproto/dev-env/dist/pds.js';
import { TestPlc } from './node_modules/@atproto/dev-env/dist/plc.js';
import { mockNetworkUtilities } from './node_modules/@atproto/dev-env/dist/util.js';

const plc = await TestPlc.create({});
const pds = await TestPds.create({ didPlcUrl: plc.url, port: Number(process.argv[2]) || undefined });
// Resolves the PDS's own .test handles locally, with no DNS, as dev-env's own networks do.
mockNetworkUtilities(pds);
process.stdout.write(`PDS_URL ${pds.url}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await pds.close().catch(() => {});
  await plc.close().catch(() => {});
  process.exit(0);
}
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
