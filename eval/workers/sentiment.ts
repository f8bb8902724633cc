/**
 * Harness Worker for `npm run eval sentiment`: runs the local engine inside workerd, driven over
 * HTTP from Node (bench/harness.mjs).
 *   GET  /health
 *   POST /sentiment  {texts}          -> {results: [{score, label}]}   (read as English)
 *   POST /analyze    {text, repeat}   -> {words}                       analyzeLocally `repeat` times
 * /analyze answers only when done, so the caller times it from outside (the Workers clock does
 * not advance during CPU work).
 */
import { analyzeLocally, sentiment } from '../../worker/ai/local';

export default {
  async fetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/health') return new Response('ok');
    if (request.method !== 'POST') return new Response('not found', { status: 404 });
    if (pathname === '/sentiment') {
      const { texts } = (await request.json()) as { texts: string[] };
      return Response.json({ results: texts.map((text) => sentiment(text, 'en')) });
    }
    if (pathname === '/analyze') {
      const { text, repeat } = (await request.json()) as { text: string; repeat: number };
      let words = 0;
      for (let round = 0; round < repeat; round++) words = analyzeLocally(text).readability?.words ?? 0;
      return Response.json({ words });
    }
    return new Response('not found', { status: 404 });
  },
} satisfies ExportedHandler;
