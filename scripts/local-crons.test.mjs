import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freePort } from './free-port.mjs';
import {
  CronExpressionError,
  compileCrons,
  cronsFromToml,
  dueCrons,
  fireLocally,
  scheduleCrons,
  startLocalCrons,
} from './local-crons.mjs';

const WRANGLER_TOML = readFileSync(new URL('../wrangler.toml', import.meta.url), 'utf8');
const MINUTE = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

/** Runs the scheduler on a fake clock from `start` for `minutes`; the firings, as "HH:MM expr". */
function firings(expressions, start, minutes) {
  vi.useFakeTimers({ now: Date.parse(start), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  const fired = [];
  const schedule = scheduleCrons(compileCrons(expressions), (expression, at) =>
    fired.push(`${at.toISOString().slice(11, 16)} ${expression}`),
  );
  vi.advanceTimersByTime(minutes * MINUTE);
  schedule.stop();
  return fired;
}

describe('cronsFromToml', () => {
  it("reads the project's wrangler.toml", () => {
    expect(cronsFromToml(WRANGLER_TOML)).toEqual(['* * * * *', '*/15 * * * *', '0 * * * *', '0 4 * * *']);
  });

  it('reads only [triggers], across lines, past comments, and keeps # inside strings', () => {
    const toml = [
      '[vars]',
      'crons = ["1 1 1 1 1"]',
      '[triggers] # the schedule',
      '# crons = ["2 2 2 2 2"]',
      'crons = [',
      '  "0 12 * * 5#2", # second Friday, "quoted" in a comment',
      "  '*/5 * * * *',",
      ']',
      '[[d1_databases]]',
      'crons = ["3 3 3 3 3"]',
    ].join('\n');
    expect(cronsFromToml(toml)).toEqual(['0 12 * * 5#2', '*/5 * * * *']);
  });

  it('gives no crons when there is no [triggers] table', () => {
    expect(cronsFromToml('name = "x"\n[vars]\nA = "1"\n')).toEqual([]);
  });
});

describe('compileCrons and dueCrons', () => {
  const crons = compileCrons([...cronsFromToml(WRANGLER_TOML), '30 9 * * 1-5', '0 0 L * *', '0 12 * * FRI#2']);
  it.each([
    ['2026-01-01T03:59:00Z', ['* * * * *']],
    ['2026-01-01T04:00:00Z', ['* * * * *', '*/15 * * * *', '0 * * * *', '0 4 * * *']],
    ['2026-01-01T04:15:59Z', ['* * * * *', '*/15 * * * *']],
    ['2026-01-01T05:00:00Z', ['* * * * *', '*/15 * * * *', '0 * * * *']],
    // Monday 5 Jan at 09:30, but not Saturday 10 Jan.
    ['2026-01-05T09:30:00Z', ['* * * * *', '*/15 * * * *', '30 9 * * 1-5']],
    ['2026-01-10T09:30:00Z', ['* * * * *', '*/15 * * * *']],
    ['2026-01-31T00:00:00Z', ['* * * * *', '*/15 * * * *', '0 * * * *', '0 0 L * *']],
    ['2026-01-09T12:00:00Z', ['* * * * *', '*/15 * * * *', '0 * * * *', '0 12 * * FRI#2']],
    ['2026-01-02T12:00:00Z', ['* * * * *', '*/15 * * * *', '0 * * * *']],
  ])('at %s: %j', (at, expected) => {
    expect(dueCrons(crons, new Date(at))).toEqual(expected);
  });

  it.each(['61 * * * *', '0 * * * * *', '* * *', 'every minute', '0 4 * 13 *'])('refuses %j', (expression) => {
    expect(() => compileCrons([expression])).toThrow(CronExpressionError);
  });
});

describe('scheduleCrons', () => {
  it("fires wrangler.toml's crons at their minutes, from the next minute on", () => {
    expect(firings(cronsFromToml(WRANGLER_TOML), '2026-01-01T03:58:30Z', 3)).toEqual([
      '03:59 * * * * *',
      '04:00 * * * * *',
      '04:00 */15 * * * *',
      '04:00 0 * * * *',
      '04:00 0 4 * * *',
      '04:01 * * * * *',
    ]);
  });

  it('fires a minute it starts in only if it starts before it: never twice, never early', () => {
    expect(firings(['*/15 * * * *'], '2026-01-01T04:00:00.001Z', 31)).toEqual([
      '04:15 */15 * * * *',
      '04:30 */15 * * * *',
    ]);
    expect(firings(['*/15 * * * *'], '2026-01-01T03:59:59.999Z', 1)).toEqual(['04:00 */15 * * * *']);
  });

  it('does not make up minutes the process slept through, and goes on from the minute it wakes in', () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T03:58:30Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const fired = [];
    const schedule = scheduleCrons(compileCrons(['* * * * *']), (_, at) => fired.push(at.toISOString()));
    // The wall clock jumps ten minutes while no timer ran (a laptop lid closed); the timer due
    // at 03:59 then wakes at 04:09:10 and fires that minute alone, then 04:10 on time.
    vi.setSystemTime(Date.parse('2026-01-01T04:08:40Z'));
    vi.advanceTimersByTime(90_000);
    schedule.stop();
    expect(fired).toEqual(['2026-01-01T04:09:00.000Z', '2026-01-01T04:10:00.000Z']);
  });

  it('stops: no timer is left and nothing fires after stop()', () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T03:58:30Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const fire = vi.fn();
    const schedule = scheduleCrons(compileCrons(['* * * * *']), fire);
    expect(vi.getTimerCount()).toBe(1);
    schedule.stop();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5 * MINUTE);
    expect(fire).not.toHaveBeenCalled();
  });
});

describe('startLocalCrons', () => {
  it.each(['off', 'OFF', '0', 'false'])('does nothing with LOCAL_CRONS=%s', (value) => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const log = vi.fn();
    startLocalCrons({ toml: WRANGLER_TOML, origin: 'http://127.0.0.1:1', env: { LOCAL_CRONS: value }, log });
    expect(vi.getTimerCount()).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('not fired locally'));
  });

  it('schedules by default, and stops', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const log = vi.fn();
    const crons = startLocalCrons({ toml: WRANGLER_TOML, origin: 'http://127.0.0.1:1', env: {}, log });
    expect(vi.getTimerCount()).toBe(1);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('*/15 * * * *'));
    crons.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('fireLocally', () => {
  it("calls wrangler's scheduled endpoint with the cron and the minute, and logs the answer in one line", async () => {
    const requests = [];
    const server = createServer((request, response) => {
      requests.push(request.url);
      response.end('ok');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const lines = [];
    try {
      const at = new Date('2026-01-01T04:00:00Z');
      await fireLocally(`http://127.0.0.1:${server.address().port}`, '*/15 * * * *', at, (line) => lines.push(line));
      const url = new URL(requests[0] ?? '', 'http://x');
      expect(url.pathname).toBe('/cdn-cgi/local/scheduled');
      expect(url.searchParams.get('cron')).toBe('*/15 * * * *');
      expect(url.searchParams.get('time')).toBe(String(at.getTime()));
      expect(lines).toEqual([
        expect.stringMatching(/^▸ cron "\*\/15 \* \* \* \*" at 2026-01-01T04:00:00.000Z: ok \(\d+ ms\)$/),
      ]);
    } finally {
      server.close();
    }
  });

  it('logs a server that does not answer, without throwing', async () => {
    const lines = [];
    await fireLocally(`http://127.0.0.1:${await freePort()}`, '* * * * *', new Date(), (line) => lines.push(line));
    expect(lines).toEqual([expect.stringMatching(/: not run: ECONNREFUSED$/)]);
  });
});
