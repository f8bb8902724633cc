/**
 * Harness Worker for `npm run eval feeds` and `npm run bench feeds`: runs the feed parser
 * inside workerd, driven over HTTP from Node (bench/harness.mjs).
 *   GET  /health             ready
 *   POST /parse   [Input]    decode and parse each input; answers [Outcome] in the same order
 *   POST /load    [Input]    decode and keep the inputs in memory for /run; answers their decoded texts
 *   POST /run     {rounds}   parse every loaded feed `rounds` times; answers counts (time it from outside:
 *                            deployed Workers do not advance the clock during CPU work)
 */

import { NotAFeedError, type ParsedFeed, parseFeed } from '../../worker/connectors/readers/feed';
import { decodeBody } from '../../worker/lib/charset';

interface Input {
  /** The feed's bytes in base64 (decoded here with decodeBody), or its text. */
  base64?: string;
  text?: string;
  contentType?: string | null;
  url: string;
}

type Outcome =
  | { ok: true; feed: ParsedFeed }
  | { ok: false; error: { name: string; message: string; reason?: string } };

interface Loaded {
  text: string;
  url: string;
}

let loaded: Loaded[] = [];

function textOf(input: Input): string {
  if (input.text !== undefined) return input.text;
  const bytes = Uint8Array.from(atob(input.base64 ?? ''), (c) => c.charCodeAt(0));
  return decodeBody(bytes, input.contentType).text;
}

function parseOne(text: string, url: string): Outcome {
  try {
    return { ok: true, feed: parseFeed(text, url) };
  } catch (error) {
    if (error instanceof NotAFeedError) {
      return { ok: false, error: { name: error.name, message: error.message, reason: error.reason } };
    }
    // Anything else is a parser bug: report it with its stack so the eval can show where.
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, error: { name: e.name, message: `${e.message}\n${e.stack ?? ''}` } };
  }
}

export default {
  async fetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/health') return new Response('ok');
    if (request.method !== 'POST') return new Response('not found', { status: 404 });
    if (pathname === '/parse') {
      const inputs = (await request.json()) as Input[];
      return Response.json(inputs.map((input) => parseOne(textOf(input), input.url)));
    }
    if (pathname === '/load') {
      const inputs = (await request.json()) as Input[];
      loaded = inputs.map((input) => ({ text: textOf(input), url: input.url }));
      return Response.json(loaded.map((l) => l.text));
    }
    if (pathname === '/run') {
      const { rounds } = (await request.json()) as { rounds: number };
      let parsed = 0;
      let failed = 0;
      let items = 0;
      for (let round = 0; round < rounds; round++) {
        for (const { text, url } of loaded) {
          const outcome = parseOne(text, url);
          if (outcome.ok) {
            parsed++;
            items += outcome.feed.items.length;
          } else failed++;
        }
      }
      return Response.json({ parsed, failed, items });
    }
    return new Response('not found', { status: 404 });
  },
} satisfies ExportedHandler;
