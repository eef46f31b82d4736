/**
 * The service worker that makes the course work offline (issue 12).
 *
 * When the build is done (after the search index, so `dist/pagefind/` exists), Workbox's
 * `generateSW` writes `dist/sw.js`: one self-contained file (the Workbox runtime inlined, no
 * `importScripts`, no `eval`) that precaches every page, script, stylesheet, quiz's data, figure,
 * the manifest and the icons on its first visit, so every lesson works offline afterwards. The
 * search index is not precached (it is large, and most learners never search offline): the files a
 * search loads are kept at run time, so a search done once works offline. Nothing cross-origin is
 * ever handled (an LMS's LRS, for cmi5, is reached by the browser as if there were no worker).
 *
 * A new deploy writes a new `sw.js` (the revisions of the files that changed); the new worker waits
 * until the learner chooses "Reload to update" (`src/scripts/app-update.ts`).
 */
import { fileURLToPath } from 'node:url';
import { generateSW, type GenerateSWOptions } from 'workbox-build';

/** The worker's file name in `dist/`, and so its address (`/sw.js`, scope `/`). */
export const SW_FILE = 'sw.js';

/** Files of the built site that the worker precaches (paths relative to `dist/`). */
export const PRECACHE_PATTERNS = ['**/*.{html,js,css,json,svg,png,webmanifest}'];

/**
 * What is not for offline use: the search index (kept at run time instead), the cmi5 package and
 * course structure (for an LMS to import), the sitemap (for crawlers) and the worker itself.
 */
export const PRECACHE_IGNORES = ['pagefind/**', 'cmi5-package.zip', 'cmi5.xml', 'sitemap*.xml', SW_FILE];

/** Where the search files a learner's searches load are kept. */
export const SEARCH_CACHE = 'csa-search';

/** The `generateSW` options for a site built into `distDir` (an absolute folder path). */
export function workerOptions(distDir: string): GenerateSWOptions {
  return {
    globDirectory: distDir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    swDest: `${distDir.replace(/\/$/, '')}/${SW_FILE}`,
    // The final assessment's question bank is the largest file (about 0.6 MB before gzip).
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    // Astro's /_astro/ files have a content hash in their names: no revision needed.
    dontCacheBustURLsMatching: /^\/?_astro\//,
    // /lessons/x/ is /lessons/x/index.html; every query string (an LMS launch's cmi5 parameters,
    // a search's ?q=) still finds the page, which reads it in the browser.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    cacheId: 'csa',
    cleanupOutdatedCaches: true,
    // A new worker waits for the learner ("Reload to update"), never reloading a quiz under them;
    // the first one takes charge of the open page at once.
    skipWaiting: false,
    clientsClaim: true,
    runtimeCaching: [
      {
        // Same origin only. Network first: after a deploy the index and its fragments change
        // together; offline, the copies from the last search answer.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/pagefind/'),
        handler: 'NetworkFirst',
        options: {
          cacheName: SEARCH_CACHE,
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 300 },
        },
      },
    ],
    // One file, no importScripts() of a separate runtime, no source map in dist/.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  };
}

/** The part of Astro's integration logger this needs. */
interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** An Astro integration that writes `dist/sw.js` after a build. */
export function serviceWorker() {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        const { count, size, warnings } = await generateSW(workerOptions(fileURLToPath(dir)));
        for (const warning of warnings) logger.warn(warning);
        logger.info(
          `${SW_FILE}: precaches ${count} files (${(size / 1e6).toFixed(1)} MB before compression) for offline use.`,
        );
      },
    },
  };
}
