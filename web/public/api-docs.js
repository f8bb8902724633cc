// Boots Swagger UI on the Worker's /api/docs page. A file, not an inline script: the CSP is script-src 'self'.
/* global SwaggerUIBundle */
SwaggerUIBundle({ url: document.getElementById('docs').dataset.spec, dom_id: '#docs' });
