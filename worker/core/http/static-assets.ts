/**
 * Vite's content-hashed build files live under /assets/ and are cached for a year as immutable
 * (web/public/_headers). A name that is not there must answer 404: the single-page-application
 * fallback would answer the app page under that immutable header, and a browser or CDN would
 * keep the page in place of the script. wrangler.toml runs the Worker first for /assets/*
 * (`run_worker_first`, as Workers Static Assets documents for routes the SPA fallback must not
 * answer); the assets binding still serves every file that exists, headers and all.
 */
export const BUILD_ASSETS = '/assets/';

export async function serveBuildAsset(request: Request, assets: Fetcher): Promise<Response> {
  const response = await assets.fetch(request);
  // The build puts no HTML under /assets/: an HTML answer is the fallback's index.html.
  if (response.ok && response.headers.get('Content-Type')?.startsWith('text/html')) {
    return new Response('Not found\n', {
      status: 404,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  }
  return response;
}
