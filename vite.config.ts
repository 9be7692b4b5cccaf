/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
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
    // Offline after the first visit: a service worker (sw.js, Workbox) precaches the shell, every lazy
    // chunk (pages, MapLibre and its worker, the exporters), the data and the fonts, and answers every
    // navigation with index.html. A new deployment waits for the user's "update" (src/app/UpdateNotice.tsx),
    // so an open tab keeps the chunks it was built with. Registered by the app, not by an inline script.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: '河南产业集群地图 · Henan Cluster Atlas',
        short_name: '产业集群地图',
        description: '河南省“百千万”亿级产业集群地图 — Henan Cluster Atlas',
        lang: 'zh-CN',
        start_url: base,
        scope: base,
        display: 'standalone',
        background_color: '#f7f7f5',
        theme_color: '#0b5394',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,json,woff2,svg,png,webmanifest}'],
        // MapLibre's chunk and the slide exporters are over Workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: `${base}index.html`,
        cleanupOutdatedCaches: true,
      },
    }),
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
