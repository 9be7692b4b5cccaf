// Vite plugin (build only): puts the default view's map into index.html (src/map/prerendered-map.ts),
// with the tiny file that fits it (public/prerendered-map.js), and preloads what the first map needs —
// the data files and the label font — so they download in parallel with the JavaScript.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import type { DataFile, DataSource } from '../src/data/data-files';
import { loadAtlas } from '../src/data/load-atlas';
import { MAP_PADDING } from '../src/app/map-padding';
import { prerenderedMapMarkup } from '../src/map/prerendered-map';

const ROOT_ELEMENT = '<div id="root"></div>';

export function prerenderMap({ base, root }: { base: string; root: string }): Plugin {
  const diskSource: DataSource = {
    async json(file: DataFile) {
      return JSON.parse(await readFile(path.join(root, 'data', file), 'utf8'));
    },
  };
  return {
    name: 'atlas-prerender-map',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to put the prerendered map before`);
        const atlas = await loadAtlas(diskSource);
        // The default view is Chinese: its accessible name is the Chinese map label.
        const zh = JSON.parse(await readFile(path.join(root, 'src/i18n/zh.json'), 'utf8')) as { app: { mapLabel: string } };
        const markup = prerenderedMapMarkup(atlas, MAP_PADDING, base, zh.app.mapLabel);
        const tags: HtmlTagDescriptor[] = [];
        for (const output of Object.values(context.bundle ?? {})) {
          if (output.type !== 'asset') continue;
          const names = output.originalFileNames ?? [];
          const href = base + output.fileName;
          if (names.some((name) => /(^|\/)data\/.+\.json$/.test(name))) {
            tags.push({ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' }, injectTo: 'head' });
          } else if (names.some((name) => name.endsWith('atlas-sans-labels.woff2'))) {
            tags.push({ tag: 'link', attrs: { rel: 'preload', href, as: 'font', type: 'font/woff2', crossorigin: 'anonymous' }, injectTo: 'head' });
          }
        }
        // The fit script blocks the parser right after the map: fetched first, before the JavaScript,
        // data and font requests that would otherwise queue ahead of it.
        const scriptUrl = `${base}prerendered-map.js`;
        tags.unshift({ tag: 'link', attrs: { rel: 'preload', href: scriptUrl, as: 'script', fetchpriority: 'high' }, injectTo: 'head-prepend' });
        const script = `<script src="${scriptUrl}"></script>`;
        return { html: html.replace(ROOT_ELEMENT, `${markup}\n    ${script}\n    ${ROOT_ELEMENT}`), tags };
      },
    },
  };
}
