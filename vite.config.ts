import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The web app lives in src/web (index.html included) and is built into dist/web,
 * which the Fastify server serves with an SPA fallback to index.html.
 * In development, `vite --config vite.config.ts` proxies /api to a running server on port 3000.
 */
export default defineConfig({
  root: path.join(here, 'src/web'),
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    // dist/web/.vite/manifest.json: scripts/bundleBudget.mjs reads it to find what the first page load downloads.
    manifest: true,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
