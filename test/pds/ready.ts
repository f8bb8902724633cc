/**
 * Waits until the test PDS (started in the background by test/pds/setup.ts) answers its
 * health check. Runs in the Workers tests: no Node imports.
 */
const READY_TIMEOUT_MS = 60_000;

export async function pdsReady(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/xrpc/_health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The test PDS did not answer at ${url} in 60 s: see the run's output for its errors.`);
}
