// How many bytes each built page costs, read from a built site folder (`dist/`, or a fixture in
// the tests of this file). Bytes are gzip level 9; 1 kB = 1,000 bytes.
//
// - "JS at load": every file a page loads at start: its module scripts, each island's component
//   and renderer, and everything those import statically. Astro's small inline island loader is
//   part of the HTML document and counts there.
// - "JS on quiz start": what starting a quiz adds: the quiz session chunk (`QuizSession.*.js`, loaded
//   by `import()` from a quiz island or the dashboard's review) and what it imports statically.
// - "JS all reachable": everything the page can ever load: at load, then every `import()` of
//   every file reached, followed again, recursively (the review scheduler loaded on a quiz's last
//   question, the dashboard's export and import code, Preact's signals support…), except the
//   cmi5 runtime (`Cmi5Notice.*.js` and what only it reaches), which loads only when an LMS
//   launches the page with cmi5 parameters.
// - "JS on LMS launch": what that cmi5 runtime adds to the page when it does load.
// - "Images": the site's own image files a page shows (`<img src>` and `<source srcset>`, the
//   lessons' SVG figures), each file once, gzipped as a server sends SVG.
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const KB = 1000;

export const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Site paths (`/x/y.js`) of `file`'s static imports and re-exports, not `import("…")`. */
function staticImportsOf(code: string, file: string): string[] {
  return [...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"'`]+\.js)["']/g)].map(
    (match) => resolve(file, match[1] ?? ''),
  );
}

/** Site paths of `file`'s dynamic imports: `import("./x.js")`, with any quotes. */
function dynamicImportsOf(code: string, file: string): string[] {
  return [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((match) =>
    resolve(file, match[1] ?? ''),
  );
}

const resolve = (from: string, target: string) =>
  target.startsWith('/') ? target : posix.join(posix.dirname(from), target);

/** The JavaScript files of a built site, read once each. */
export class BuiltSite {
  readonly #dist: string;
  readonly #code = new Map<string, string>();

  constructor(dist: string) {
    this.#dist = dist;
  }

  /** The bytes of a file by its site path (`/index.html`). */
  read(sitePath: string): Buffer {
    return readFileSync(join(this.#dist, sitePath));
  }

  #text(sitePath: string): string {
    let code = this.#code.get(sitePath);
    if (code === undefined) {
      code = this.read(sitePath).toString('utf8');
      this.#code.set(sitePath, code);
    }
    return code;
  }

  /** `entries` and every file they import statically, recursively. */
  withStaticImports(entries: Iterable<string>): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of staticImportsOf(this.#text(file), file)) visit(target);
    };
    for (const entry of entries) visit(entry);
    return seen;
  }

  /** Targets of the `import("…")` calls in `files`. */
  dynamicImports(files: Iterable<string>): string[] {
    return [...files].flatMap((file) => dynamicImportsOf(this.#text(file), file));
  }

  /**
   * `entries`, their static imports, and every dynamic import of any file reached, recursively;
   * dynamic imports for which `skip` is true are not followed.
   */
  reachable(entries: Iterable<string>, skip: (file: string) => boolean = () => false): Set<string> {
    const seen = this.withStaticImports(entries);
    let frontier = [...seen];
    while (frontier.length > 0) {
      const added = this.withStaticImports(
        this.dynamicImports(frontier).filter((file) => !seen.has(file) && !skip(file)),
      );
      frontier = [...added].filter((file) => !seen.has(file));
      for (const file of frontier) seen.add(file);
    }
    return seen;
  }

  /** Gzipped bytes of `files` together (each compressed on its own, as a server sends them). */
  bytes(files: Iterable<string>): number {
    return [...files].reduce((sum, file) => sum + gz(this.read(file)), 0);
  }

  /** Site paths of every `.html` page under `dir`. */
  htmlPages(dir = ''): string[] {
    return readdirSync(join(this.#dist, dir), { withFileTypes: true })
      .flatMap((entry) => {
        const path = posix.join('/', dir, entry.name);
        if (entry.isDirectory()) return this.htmlPages(path);
        return entry.name.endsWith('.html') ? [path] : [];
      })
      .sort();
  }
}

export interface PageBytes {
  page: string;
  /** The HTML document, gzipped, its inline scripts and styles included. */
  html: number;
  /** Of `html`, the inline scripts (Astro's island loader). */
  inlineJs: number;
  /** JavaScript files loaded at start. */
  js: number;
  jsFiles: number;
  /** JavaScript a quiz's start adds (quiz pages and the dashboard's review). */
  onStartJs: number;
  /** Every JavaScript file the page can load: at load plus every dynamic import chain. */
  reachableJs: number;
  reachableFiles: number;
  css: number;
  /** The site's own images the page shows (figures), each file once. */
  images: number;
  /** Interactive parts: Astro islands, and quizzes started by their own script (`data-quiz-props`). */
  islands: number;
}

/** The cmi5 runtime's chunk: loaded only when an LMS launches a quiz page. */
const isLmsLaunch = (file: string) => /\/Cmi5Notice\.[^/]+\.js$/.test(file);

/**
 * "JS on LMS launch" of `page`: the cmi5 runtime and everything it can load that the page does
 * not load without it (0 on a page that cannot be launched from an LMS).
 */
export function lmsLaunchJs(site: BuiltSite, page: string): number {
  const html = site.read(page).toString('utf8');
  const entries = [...html.matchAll(/\b(?:src|href|component-url|renderer-url)="([^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
  const without = site.reachable(entries, isLmsLaunch);
  const launch = site.dynamicImports(without).filter(isLmsLaunch);
  return site.bytes([...site.reachable(launch)].filter((file) => !without.has(file)));
}

/** What a built page costs; see the top of this file for what each figure counts. */
export function measure(site: BuiltSite, page: string): PageBytes {
  const html = site.read(page).toString('utf8');
  const attr = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? '');
  const entries = [
    ...attr(/<script[^>]*\bsrc="([^"]+)"/g),
    ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...attr(/\bcomponent-url="([^"]+)"/g),
    ...attr(/\brenderer-url="([^"]+)"/g),
  ];
  const atLoad = site.withStaticImports(entries);
  // What starts a quiz (its session) or a lab (its mount, policy or spot).
  const sessions = site
    .dynamicImports(atLoad)
    .filter((file) => /\/(?:QuizSession|mount|mount-spot)\.[^/]+\.js$/.test(file));
  const onStart = [...site.withStaticImports(sessions)].filter((file) => !atLoad.has(file));
  // Scripts an inline script adds after load (the offline starter adds the update notice's).
  const late = attr(/\bsrc:`(\/_astro\/[^`]+\.js)`/g);
  const reachable = site.reachable([...entries, ...late], isLmsLaunch);
  const stylesheets = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const inlineStyles = attr(/<style[^>]*>([\s\S]*?)<\/style>/g).join('');
  const inlineScripts = attr(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g).join('');
  const images = new Set(
    [...attr(/<img[^>]*\bsrc="(\/[^"]+)"/g), ...attr(/<source[^>]*\bsrcset="(\/[^"\s]+)/g)].filter(
      (src) => !src.startsWith('//'),
    ),
  );
  return {
    page,
    html: gz(html),
    inlineJs: inlineScripts === '' ? 0 : gz(inlineScripts),
    js: site.bytes(atLoad),
    jsFiles: atLoad.size,
    onStartJs: site.bytes(onStart),
    reachableJs: site.bytes(reachable),
    reachableFiles: reachable.size,
    css: site.bytes(stylesheets) + (inlineStyles === '' ? 0 : gz(inlineStyles)),
    images: site.bytes(images),
    islands: attr(/<astro-island\b([^>]*)>/g).length + attr(/<[a-z]+\b[^>]*\s(data-quiz-props)=/g).length,
  };
}

/** The kinds of page that have budgets of their own. */
export type PageKind =
  | 'static'
  | 'glossary'
  | 'explorer'
  | 'search'
  | 'home'
  | 'quiz'
  | 'lab'
  | 'dashboard'
  | 'team'
  | 'paths'
  | 'record';

/**
 * A page's kind: no island, the home page's course progress, a quiz, the progress dashboard, the
 * team report, a learning path (or the list of them) or a completion record.
 */
export function pageKind(page: Pick<PageBytes, 'page' | 'islands'>): PageKind {
  if (page.page === '/glossary/index.html') return 'glossary';
  if (page.page.startsWith('/explore/')) return 'explorer';
  if (page.page === '/search/index.html') return 'search';
  // The lab list reads stored progress for each lab's status, as the path list does.
  if (page.page === '/labs/index.html') return 'paths';
  if (page.page.startsWith('/labs/')) return 'lab';
  if (page.islands === 0) return 'static';
  if (page.page === '/progress/index.html') return 'dashboard';
  if (page.page === '/team/index.html') return 'team';
  if (/^\/paths\/[^/]+\/record\/index\.html$/.test(page.page)) return 'record';
  if (page.page.startsWith('/paths/')) return 'paths';
  return page.page === '/index.html' ? 'home' : 'quiz';
}

export interface Budget {
  html: number;
  css: number;
  /** JavaScript at load. */
  js: number;
  /** JavaScript a quiz's start adds. */
  onStartJs: number;
  /** Everything the page can load. */
  reachableJs: number;
  /** The site's own images the page shows. */
  images: number;
}

/** Every figure of `page` over its budget, one line each, naming the page, the figure and both numbers. */
export function overBudget(page: PageBytes, budget: Budget): string[] {
  const rows: [keyof Budget, string][] = [
    ['html', 'HTML'],
    ['css', 'CSS'],
    ['js', 'JS at load'],
    ['onStartJs', 'JS on quiz start'],
    ['reachableJs', 'JS all reachable'],
    ['images', 'Images'],
  ];
  return rows
    .filter(([key]) => page[key] > budget[key])
    .map(([key, name]) => `${page.page}: ${name} is ${page[key]} bytes, over its budget of ${budget[key]}`);
}
