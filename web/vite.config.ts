import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Swagger UI files the Worker's /api/docs page loads from this origin (CSP: script-src 'self'). */
const SWAGGER_FILES = ['swagger-ui.css', 'swagger-ui-bundle.js'];

function swaggerUi(): Plugin {
  const read = (name: string) => readFileSync(require.resolve(`swagger-ui-dist/${name}`));
  return {
    name: 'crowsnest:swagger-ui',
    generateBundle() {
      for (const name of SWAGGER_FILES) {
        this.emitFile({ type: 'asset', fileName: `vendor/swagger-ui/${name}`, source: read(name) });
      }
    },
    configureServer(server) {
      server.middlewares.use('/vendor/swagger-ui', (req, res, next) => {
        const name = req.url?.slice(1).split('?')[0] ?? '';
        if (!SWAGGER_FILES.includes(name)) return next();
        res.setHeader('Content-Type', name.endsWith('.css') ? 'text/css' : 'text/javascript');
        res.end(read(name));
      });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), tailwindcss(), swaggerUi()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // Libraries change less often than the app: separate chunks stay cached across deploys.
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: 'http://127.0.0.1:8787', ws: true } },
  },
});
