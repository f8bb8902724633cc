/**
 * Load generation for the benchmarks: wrk when installed (C, light on the CPU the server
 * needs on a small machine), else autocannon (npm). Both report the same fields.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import autocannon from 'autocannon';

export const loadTool = spawnSync('wrk', ['--version']).error ? 'autocannon' : 'wrk';

/** wrk prints durations as 812.00us, 45.10ms, 1.02s or 2.00m. */
function ms(text) {
  const match = text.match(/^([\d.]+)(us|ms|s|m)$/);
  if (!match) throw new Error(`unreadable wrk duration: ${JSON.stringify(text)}`);
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2]];
  return Number(match[1]) * factor;
}

/** @returns {Promise<{ rps: number, p50: number, p99: number, errors: number }>} */
export async function load(url, { connections, seconds, headers = {} }) {
  if (loadTool === 'wrk') {
    const headerArgs = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
    const out = execFileSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', ...headerArgs, url], {
      encoding: 'utf8',
    });
    const non2xx = Number(out.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
    const socketErrors = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
    return {
      rps: Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1]),
      p50: ms(out.match(/^\s+50%\s+(\S+)/m)?.[1] ?? ''),
      p99: ms(out.match(/^\s+99%\s+(\S+)/m)?.[1] ?? ''),
      non2xx,
      errors: socketErrors ? socketErrors.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    };
  }
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
