/**
 * Harness Worker for `npm run eval extraction` and `npm run bench extraction`: runs the web page
 * extractor inside workerd, driven over HTTP from Node (bench/harness.mjs).
 *   GET  /health
 *   POST /decode   {pages: [{bytes}]}              -> {texts}      bytes: base64 of the fetched body
 *   POST /extract  {pages: [{bytes, url}]}         -> {results: [ExtractedPage | {error}]}
 *   POST /bench    {pages: [{html, url}], repeat}  -> {articles, crashes}
 * /bench extracts every page `repeat` times and answers the first round's article HTML, so the
 * caller can time large batches from outside (the Workers clock does not advance during CPU work).
 */
import { extractPage } from '../../worker/connectors/readers/web';
import { decodeBody } from '../../worker/lib/charset';

interface PageIn {
  bytes?: string;
  html?: string;
  url?: string;
}

function decode(page: PageIn): string {
  if (page.html !== undefined) return page.html;
  const binary = atob(page.bytes ?? '');
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return decodeBody(bytes).text;
}

function message(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

async function bench(pages: PageIn[], repeat: number) {
  const texts = pages.map(decode);
  const articles: (string | null)[] = [];
  const crashes: { index: number; error: string }[] = [];
  for (let round = 0; round < repeat; round++) {
    for (const [index, html] of texts.entries()) {
      try {
        const page = await extractPage(html, pages[index]?.url ?? 'http://localhost/');
        if (round === 0) articles.push(page.html);
      } catch (error) {
        if (round === 0) {
          articles.push(null);
          crashes.push({ index, error: message(error) });
        }
      }
    }
  }
  return { articles, crashes };
}

export default {
  async fetch(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (pathname === '/health') return new Response('ok');
    if (request.method !== 'POST') return new Response('not found', { status: 404 });
    const body = (await request.json()) as { pages: PageIn[]; repeat?: number };
    switch (pathname) {
      case '/decode':
        return Response.json({ texts: body.pages.map(decode) });
      case '/extract': {
        const results = [];
        for (const page of body.pages) {
          try {
            results.push(await extractPage(decode(page), page.url ?? 'http://localhost/'));
          } catch (error) {
            results.push({ error: message(error) });
          }
        }
        return Response.json({ results });
      }
      case '/bench':
        return Response.json(await bench(body.pages, body.repeat ?? 1));
      default:
        return new Response('not found', { status: 404 });
    }
  },
} satisfies ExportedHandler;
