// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { codeBlocksWithoutInlineStyles } from './src/build/code-blocks';
import { siteUrl, warnWithoutSiteUrl } from './src/build/site-url';
import { cmi5Package, connectSrc } from './src/build/cmi5-package';
import { searchIndex } from './src/build/search-index';
import { serviceWorker } from './src/build/service-worker';

// The public address the site is deployed at; used for canonical links and the sitemap.
// Set SITE_URL when building for a real host (see README, "Deploy"); the build warns without it.
const site = siteUrl(process.env);

/**
 * Modules bundled into the shared start-up chunk (see `vite` below). Not `@nanostores/preact`
 * nor the parts of nanostores only it uses (map keys): the islands a quiz page loads at start
 * read stores with `useAtom` (`src/islands/use-atom.ts`), so its code loads only with islands
 * that use it.
 */
const RUNTIME = [
  '/node_modules/preact/',
  '/node_modules/nanostores/',
  '/node_modules/@nanostores/persistent/',
  '/src/stores/keys.ts',
  '/src/stores/storage.ts',
  '/src/stores/progress.ts',
  '/src/lib/core/numbers.ts',
  '/src/lib/core/time.ts',
  '/src/lib/progress/types.ts',
  '/src/lib/progress/decode.ts',
  '/src/lib/progress/guarded-storage.ts',
  '/src/lib/progress/reducers.ts',
  '/src/lib/progress/summary.ts',
  '/src/lib/course/status.ts',
  '/src/i18n/translate.ts',
  '/src/i18n/en.ts',
  '/src/islands/use-mounted.ts',
  '/src/islands/use-atom.ts',
  '/src/islands/ProgressNotice.tsx',
  '/src/lib/course/routes.ts',
];

/** Parts of the modules above that only code loaded later uses. */
const NOT_AT_START = ['/node_modules/nanostores/listen-keys/', '/node_modules/nanostores/deep-map/'];

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    // Every stylesheet as a file, never inlined: a learner moves from page to page, and a file is
    // fetched once and cached, while inlined CSS is sent again with every page's HTML.
    inlineStylesheets: 'never',
  },
  integrations: [
    mdx(),
    preact(),
    sitemap(),
    warnWithoutSiteUrl(process.env),
    cmi5Package(),
    // After the pages are written: the search index (Pagefind), then the service worker, which
    // precaches what the build wrote.
    searchIndex(),
    serviceWorker(),
  ],
  markdown: {
    // Shiki colours code with inline styles, which the CSP below blocks. With the css-variables
    // theme each colour is a variable; the transformer turns it into a class that global.css
    // colours for the light and the dark theme, and makes each block a focusable region.
    shikiConfig: {
      theme: 'css-variables',
      wrap: null,
      transformers: [codeBlocksWithoutInlineStyles()],
    },
  },
  vite: {
    plugins: [
      {
        // Astro's content layer writes a "use astro:head-inject" directive into the module it
        // generates for each lesson, and the bundler warns, once per lesson, that it may not keep
        // it: ten lines each, about 10,000 lines in a 1,000-lesson build's log, burying what
        // matters. The warning is about Astro's own generated code, not about the lessons, and
        // hiding it changes nothing that is built; every other warning is kept.
        name: 'quiet-head-inject-warnings',
        onLog: (_level, log) =>
          !(log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')),
      },
    ],
    resolve: {
      // Islands hydrate with a lighter copy of Preact's client renderer (no signals, no useId
      // masks); see the file for what it leaves out and how to undo this.
      alias: [
        {
          find: /^@astrojs\/preact\/client\.js$/,
          replacement: fileURLToPath(new URL('./src/scripts/preact-client.ts', import.meta.url)),
        },
      ],
    },
    environments: {
      client: {
        build: {
          // One shared chunk for what every island needs at page load (Preact, nanostores, the
          // progress store and its strings) instead of many small ones: fewer requests and about
          // 0.5 kB less gzipped JavaScript. Everything else (the quiz session and its grading,
          // loaded when a quiz starts) is split as usual.
          rollupOptions: {
            output: {
              // Vite's preload helper (0.9 kB) gets a chunk of its own: a page whose only script
              // loads code on demand (a lab) would otherwise load the whole runtime for it.
              manualChunks: (id) =>
                id.includes('vite/preload-helper')
                  ? 'preload'
                  : RUNTIME.some((part) => id.includes(part)) &&
                      !NOT_AT_START.some((part) => id.includes(part))
                    ? 'runtime'
                    : undefined,
            },
          },
        },
      },
    },
  },
  security: {
    // A per-page <meta> Content-Security-Policy with hashes of every bundled script and style,
    // so islands hydrate without 'unsafe-inline'. Active in `astro build` + `astro preview`.
    // connect-src: the site and the LRS origins named in CMI5_LRS_ORIGINS (README, "Launching from an LMS").
    // object-src and base-uri: so that the meta policy scores A+ on its own too (a host without
    // public/_headers); see src/lib/headers/observatory.ts.
    csp: { directives: [connectSrc(process.env), "object-src 'none'", "base-uri 'self'"] },
  },
});
