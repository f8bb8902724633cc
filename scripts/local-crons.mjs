/**
 * Cron triggers for local runs. `wrangler dev` never fires the crons of wrangler.toml, so a
 * local app would never refresh a source or publish a scheduled post. `npm start` runs this
 * beside it: at each UTC minute (Cloudflare evaluates crons in UTC) it asks wrangler's local
 * scheduled endpoint to run every cron of wrangler.toml that matches that minute, passing the
 * minute as the scheduled time, as production does. LOCAL_CRONS=off turns it off.
 *
 * Expressions are evaluated by croner (standard 5-field cron: weekdays 0–6 from Sunday, 7 also
 * Sunday; names, ranges, steps, lists, and L, W, # like Cloudflare's).
 */
import { Cron } from 'croner';

const MINUTE = 60_000;

/** A wrangler.toml cron expression that croner cannot read. */
export class CronExpressionError extends Error {
  name = 'CronExpressionError';
}

/** The part of a TOML line before a comment (a `#` outside a string). */
function withoutComment(line) {
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') return line.slice(0, i);
  }
  return line;
}

/** The `crons` of the top-level `[triggers]` table of a wrangler.toml text ([] if none). */
export function cronsFromToml(toml) {
  const lines = toml.split(/\r?\n/).map(withoutComment);
  const start = lines.findIndex((line) => /^\s*\[triggers\]\s*$/.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && /^\s*\[/.test(line));
  const table = lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
  const array = /^\s*crons\s*=\s*\[([^\]]*)\]/m.exec(table)?.[1] ?? '';
  return [...array.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)].map((m) => m[2] ?? JSON.parse(`"${m[1]}"`));
}

/** The expressions, each with its croner pattern; throws CronExpressionError for one it cannot read. */
export function compileCrons(expressions) {
  return expressions.map((expression) => {
    try {
      return { expression, pattern: new Cron(expression, { timezone: 'UTC', mode: '5-part', paused: true }) };
    } catch (error) {
      throw new CronExpressionError(`wrangler.toml cron ${JSON.stringify(expression)}: ${error.message}`);
    }
  });
}

/** The expressions of `crons` (from compileCrons) that fire in the UTC minute of `at`, in their order. */
export function dueCrons(crons, at) {
  const minute = new Date(Math.floor(at.getTime() / MINUTE) * MINUTE);
  return crons.filter(({ pattern }) => pattern.match(minute)).map(({ expression }) => expression);
}

/**
 * Calls `fire(expression, minute)` for each of `crons` due in each UTC minute from the next
 * one on, until `stop()`. A minute is fired once, when the clock reaches it; minutes the
 * process slept through are not made up (neither does Cloudflare). `fire` is not awaited:
 * a slow run does not delay the next minute.
 */
export function scheduleCrons(crons, fire, clock = { now: () => Date.now(), setTimeout, clearTimeout }) {
  let timer = null;
  let lastMinute = Math.floor(clock.now() / MINUTE);
  const tick = () => {
    const minute = Math.floor(clock.now() / MINUTE);
    if (minute > lastMinute) {
      lastMinute = minute;
      const at = new Date(minute * MINUTE);
      for (const expression of dueCrons(crons, at)) fire(expression, at);
    }
    // A timer may wake a little early; the next tick then finds the same minute and waits again.
    timer = clock.setTimeout(tick, (lastMinute + 1) * MINUTE - clock.now());
  };
  timer = clock.setTimeout(tick, (lastMinute + 1) * MINUTE - clock.now());
  return {
    stop() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}

/**
 * Runs one cron on the local server and logs one line: its expression, the minute, and what
 * the Worker's scheduled handler answered (or that the server did not answer).
 */
export async function fireLocally(origin, expression, at, log = console.log) {
  const url = new URL('/cdn-cgi/local/scheduled', origin);
  url.searchParams.set('cron', expression);
  url.searchParams.set('time', String(at.getTime()));
  const started = Date.now();
  let outcome;
  try {
    // A cron run may take a while (a source sweep); past a few minutes something is stuck.
    const response = await fetch(url, { signal: AbortSignal.timeout(5 * MINUTE) });
    outcome = `${(await response.text()).trim() || response.status} (${Date.now() - started} ms)`;
  } catch (error) {
    outcome = `not run: ${error.cause?.code ?? error.message}`;
  }
  log(`▸ cron ${JSON.stringify(expression)} at ${at.toISOString()}: ${outcome}`);
}

/**
 * What `npm start` calls: fires the crons of `toml` against `origin` every minute, or does
 * nothing when LOCAL_CRONS is `off` (or `0`, `false`). Returns `stop()`.
 */
export function startLocalCrons({ toml, origin, env = process.env, log = console.log }) {
  const crons = compileCrons(cronsFromToml(toml));
  if (/^(off|0|false|no)$/i.test(env.LOCAL_CRONS ?? '') || crons.length === 0) {
    log(`▸ Cron triggers are not fired locally${crons.length ? ' (LOCAL_CRONS=off)' : ''}`);
    return { stop() {} };
  }
  log(`▸ Firing cron triggers locally each minute (UTC): ${crons.map((c) => c.expression).join(', ')}`);
  return scheduleCrons(crons, (expression, at) => fireLocally(origin, expression, at, log));
}
