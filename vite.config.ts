import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin, type Rolldown } from 'vite';
import react from '@vitejs/plugin-react';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The first pages' messages a page opens with when the person's language is not known yet. */
const defaultCatalogue = /\/src\/core\/i18n\/core\.en\.ts$/;

/**
 * English is loaded on demand like every language (src/web/i18n.tsx), but most people read it:
 * a modulepreload link lets the browser fetch it alongside the entry instead of after it.
 */
function preloadDefaultCatalogue(): Plugin {
  let base = '/';
  return {
    name: 'rapport:preload-default-catalogue',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = Object.values(context.bundle ?? {}).filter(
          (item): item is Rolldown.OutputChunk => item.type === 'chunk',
        );
        const catalogue = chunks.find((chunk) => defaultCatalogue.test(chunk.facadeModuleId ?? ''));
        if (!catalogue) return [];
        // The catalogue and the chunks it imports (the entry preloads its own imports already).
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = chunks.find((candidate) => candidate.fileName === fileName);
          for (const imported of chunk?.imports ?? []) add(imported);
        };
        add(catalogue.fileName);
        return [...files].map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * Every text file of the build also as .br and .gz, compressed once at build time: the server
 * (@fastify/static with preCompressed) sends the smallest one the browser accepts.
 */
function precompress(): Plugin {
  return {
    name: 'rapport:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir;
      if (!dir) return;
      await Promise.all(
        Object.values(bundle)
          .filter((item) => /\.(js|css|html|svg|json)$/.test(item.fileName))
          .map(async (item) => {
            const source = Buffer.from(item.type === 'chunk' ? item.code : item.source);
            if (source.length < 1024) return;
            const path = join(dir, item.fileName);
            await Promise.all([
              brotli(source, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
                },
              }).then((data) => writeFile(`${path}.br`, data)),
              gzipped(source, { level: 9 }).then((data) => writeFile(`${path}.gz`, data)),
            ]);
          }),
      );
    },
  };
}

// The web app lives in src/web and is served by the API server from dist/web.
export default defineConfig({
  root: 'src/web',
  plugins: [react(), preloadDefaultCatalogue(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      treeshake: {
        // The message catalogues are plain data: a module that imports `locales` from
        // src/core/i18n must not drag every language into the page (the web app loads one).
        moduleSideEffects: [{ test: /\/src\/core\/i18n\/[^/]+\.ts$/, sideEffects: false }],
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
