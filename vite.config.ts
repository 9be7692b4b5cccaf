/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { prerenderMap } from './build/prerender-map';

// The one setting for a sub-path deployment: ATLAS_BASE=/atlas/ npm run build (README, "Deploy").
const base = process.env.ATLAS_BASE ?? '/';
if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`ATLAS_BASE must start and end with "/" (got ${JSON.stringify(base)})`);

export default defineConfig({
  base,
  plugins: [
    react(),
    // The default view's map prerendered into index.html (issue 9): on screen with the HTML.
    prerenderMap({ base, root: import.meta.dirname }),
    // foo.js.gz and foo.js.br beside every text file of the build, for nginx's gzip_static and
    // brotli_static (deploy/nginx.conf): compressed once at build time at the highest levels, not per request.
    compression({ algorithms: ['gzip', 'brotliCompress'], include: /\.(html|js|mjs|css|json|svg|webmanifest|txt)$/, threshold: 1024 }),
  ],
  // assetsInlineLimit 0: no asset becomes a data: URL, so fetch() of the data files and the font pass
  // a strict CSP (connect-src 'self', font-src 'self'); see deploy/nginx.conf.
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, assetsInlineLimit: 0 },
  test: {
    environment: 'node',
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
  },
});
