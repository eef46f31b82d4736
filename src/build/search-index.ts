/**
 * The full-text search index, written by Pagefind after the pages are built.
 *
 * When `astro build` has written dist/, this integration runs Pagefind's Node API over its HTML
 * and writes the index and Pagefind's own search code to dist/pagefind/. Pagefind indexes only
 * the parts of a page marked `data-pagefind-body` (a lesson's summary, objectives and text, the
 * glossary's entries, a module's introduction), without what `EXCLUDED` names (heading links,
 * glossary popovers inside lessons, the glossary's links to lessons). Only /search/ loads the
 * code, and only its page allows the WebAssembly Pagefind runs (`src/pages/search.astro`).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The folder under dist/ the index is written to, and the address the search page loads it from. */
export const SEARCH_FOLDER = 'pagefind';

/**
 * Files Pagefind writes that the site does not use: its ready-made interfaces (the search page
 * renders results itself; their inline styles would break the CSP), the highlighter, and the
 * index for pages without a language (every page says lang="en"). Deleted so no one serves them
 * and the offline cache does not keep them.
 */
export const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];

/** The part of Astro's integration logger this needs. */
interface Logger {
  info(message: string): void;
}

/** What the build found wrong, as one message that names the fix. */
const failure = (step: string, errors: readonly string[]) =>
  new Error(
    `Search index (Pagefind): ${step} failed: ${errors.join('; ')}. Fix the page or the search setup.`,
  );

/**
 * What Pagefind leaves out of the marked text, named here rather than with
 * `data-pagefind-ignore` on each element (which would add bytes to every page): a heading's "#"
 * link to itself, a glossary term's popover inside a lesson (every popover: its definition
 * belongs to the glossary), and the glossary's "Lesson: …" links.
 */
export const EXCLUDED = ['.heading .anchor', '[popover]', '.glossary dd > a'];

/**
 * What Pagefind reads of a page's `html`: each glossary term (`<dt id="…">Term</dt>`) marked as a
 * section of its own (`data-pagefind-title`), so a glossary result names and links to the term,
 * not only its letter; and a space after each block's end (a term and its definition, table
 * cells, list items, paragraphs), which Pagefind would otherwise read as one word, since the
 * built HTML has no whitespace between tags ("Permission setA template…", "EradicateRemove…").
 * Changed only in what Pagefind reads, not in the page: 168 such attributes would cost the
 * glossary about 0.9 kB of gzipped HTML.
 */
export const forIndexing = (html: string): string =>
  html
    .replace(
      /<dt id="([^"]+)"([^>]*)>([^<]+)<\/dt>/g,
      (_match, id: string, attributes: string, term: string) =>
        `<dt id="${id}"${attributes} data-pagefind-title="${term.replaceAll('"', '&quot;')}">${term}</dt>`,
    )
    .replace(BLOCK_END, '$& ');

/** The end of an element that a reader sees as a block of its own. */
const BLOCK_END =
  /<\/(?:p|li|dt|dd|td|th|tr|h[1-6]|div|section|figcaption|caption|summary|blockquote|pre)>(?=<)/g;

/** The marker of the text Pagefind indexes; a page without it is not read at all. */
const BODY = 'data-pagefind-body';

/**
 * Indexes the HTML files under `outDir` that mark text with `data-pagefind-body` and writes the
 * index to `outDir/pagefind/`. Returns the number of pages indexed. Fails when Pagefind reports an
 * error or no page marks text to index (Pagefind would then index every page whole, navigation
 * and all). Reads one page at a time and hands it to Pagefind before the next, so the build holds
 * one page's HTML, not the whole site's (41 MB at 1,000 lessons), while Pagefind runs.
 */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: EXCLUDED });
  try {
    if (index === undefined) throw failure('starting', errors);
    let pages = 0;
    for (const file of files) {
      const content = await readFile(join(outDir, file), 'utf8');
      if (!content.includes(BODY)) continue;
      const added = await index.addHTMLFile({
        sourcePath: file.split(sep).join('/'),
        content: forIndexing(content),
      });
      if (added.errors.length > 0) throw failure(`indexing ${file}`, added.errors);
      pages += 1;
    }
    if (pages === 0) throw failure('indexing', [`no page has ${BODY}`]);
    const outputPath = join(outDir, SEARCH_FOLDER);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw failure('writing', written.errors);
    await Promise.all(UNUSED_FILES.map((file) => rm(join(outputPath, file), { force: true })));
    return pages;
  } finally {
    await pagefind.close();
  }
}

/** An Astro integration that writes the search index after a build. */
export function searchIndex() {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }: { dir: URL; logger: Logger }) => {
        const pages = await writeSearchIndex(fileURLToPath(dir));
        logger.info(
          `${SEARCH_FOLDER}/: search index of ${pages} ${pages === 1 ? 'page' : 'pages'} (lessons, modules, labs, glossary).`,
        );
      },
    },
  };
}
