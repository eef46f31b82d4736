/**
 * The service worker that makes the course work offline (issue 12).
 *
 * When the build is done (after the search index, so `dist/pagefind/` exists), this writes
 * `dist/sw.js`: one self-contained file (Workbox's modules bundled in, no `importScripts`, no
 * `eval`) that precaches every page, script, stylesheet, quiz's data, figure, the manifest and the
 * icons on its first visit, so every lesson works offline afterwards. The search index is not
 * precached (it is large, and most learners never search offline): the files a search loads are
 * kept at run time, so a search done once works offline. Nothing cross-origin is ever handled (an
 * LMS's LRS, for cmi5, is reached by the browser as if there were no worker).
 *
 * The worker is `src/build/service-worker-source.js`, bundled with esbuild (a fraction of a
 * second), and Workbox's `getManifest` lists the files to precache with their revisions; the list
 * goes where the source says `self.__WB_MANIFEST` (what Workbox's `injectManifest` does). Workbox's
 * `generateSW` did the same worker with Rollup, Babel and Terser over the whole list: 4 s for the
 * real course and up to 20 s, and hundreds of MB, at 1,000 lessons.
 *
 * A new deploy writes a new `sw.js` (the revisions of the files that changed); the new worker waits
 * until the learner chooses "Reload to update" (`src/scripts/app-update.ts`).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { getManifest, type GetManifestOptions, type ManifestEntry } from 'workbox-build';

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

/** Where the worker's source puts the precache list (Workbox's injection point). */
const INJECTION_POINT = 'self.__WB_MANIFEST';

const SOURCE = fileURLToPath(new URL('./service-worker-source.js', import.meta.url));

/** The `getManifest` options for a site built into `distDir` (an absolute folder path). */
export function manifestOptions(distDir: string): GetManifestOptions {
  return {
    globDirectory: distDir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    // The final assessment's question bank is the largest file (about 0.6 MB before gzip).
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    // Astro's /_astro/ files have a content hash in their names: no revision needed.
    dontCacheBustURLsMatching: /^\/?_astro\//,
  };
}

/** The worker's code, Workbox bundled in and minified, with the injection point left in it. */
export async function compileWorker(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [SOURCE],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    write: false,
    define: {
      'process.env.NODE_ENV': '"production"',
      __SEARCH_CACHE__: JSON.stringify(SEARCH_CACHE),
    },
  });
  const code = outputFiles[0]?.text ?? '';
  const points = code.split(INJECTION_POINT).length - 1;
  if (points !== 1)
    throw new Error(`Service worker: ${SOURCE} must use ${INJECTION_POINT} once, found ${points}.`);
  return code;
}

/**
 * The precache list as JavaScript, written as `generateSW` wrote it (`{url:"…",revision:"…"}`,
 * `revision:null` for the hashed /_astro/ files).
 */
export const manifestCode = (entries: readonly ManifestEntry[]): string =>
  `[${entries.map(({ url, revision }) => `{url:${JSON.stringify(url)},revision:${JSON.stringify(revision)}}`).join(',')}]`;

/** The part of Astro's integration logger this needs. */
interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** Writes `sw.js` into `distDir`; returns how many files it precaches and their bytes. */
export async function writeWorker(distDir: string, logger: Logger): Promise<{ count: number; size: number }> {
  const [code, { count, size, manifestEntries, warnings }] = await Promise.all([
    compileWorker(),
    getManifest(manifestOptions(distDir)),
  ]);
  for (const warning of warnings) logger.warn(warning);
  await writeFile(
    join(distDir, SW_FILE),
    code.replace(INJECTION_POINT, () => manifestCode(manifestEntries)),
  );
  return { count, size };
}

/** An Astro integration that writes `dist/sw.js` after a build. */
export function serviceWorker() {
  return {
    name: 'service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        const { count, size } = await writeWorker(fileURLToPath(dir), logger);
        logger.info(
          `${SW_FILE}: precaches ${count} files (${(size / 1e6).toFixed(1)} MB before compression) for offline use.`,
        );
      },
    },
  };
}
