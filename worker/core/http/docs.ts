import type { Context } from 'hono';

/**
 * /api/docs: Swagger UI over /api/v1/openapi.json. Its files are served from the app's own
 * static assets (copied from swagger-ui-dist at build time), so the page works offline and
 * under a CSP that allows only this origin's scripts.
 */
export function docsPage(c: Context): Response {
  c.header(
    'Content-Security-Policy',
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  );
  return c.html(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Crowsnest API</title>
  <link rel="stylesheet" href="/vendor/swagger-ui/swagger-ui.css">
</head>
<body>
  <div id="docs" data-spec="/api/v1/openapi.json"></div>
  <script src="/vendor/swagger-ui/swagger-ui-bundle.js"></script>
  <script src="/api-docs.js"></script>
</body>
</html>`);
}
