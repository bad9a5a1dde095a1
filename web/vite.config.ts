/**
 * Build and dev-server config for the web app. `npm run build:web` writes `web/dist`, which
 * `bin/yuqing serve` serves at `/`; `npm run dev:web` serves on :5173 and proxies the API
 * to a server on :8080.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const backend = 'http://localhost:8080';

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change rarely: React, and the antd code shared by several pages, get their own
        // long-cached chunks; what only one page uses (the Table on 舆情信息) loads with that page.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules/, priority: 1, minShareCount: 2 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': backend, '/healthz': backend, '/readyz': backend },
  },
  preview: { port: 4173 },
});
