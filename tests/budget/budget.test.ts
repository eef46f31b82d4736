// Byte budgets over the built site (run after `npm run build`). Bytes are gzip level 9, and
// 1 kB = 1,000 bytes. "JS at load" counts every file a page loads at start: its module scripts,
// each island's component and renderer, and everything those import statically. Astro's small
// inline island loader is part of the HTML document and counts there. "JS on start" is what a
// quiz loads when the learner starts it (the session chunk and what it adds). The review
// scheduler (ts-fsrs) loads later, on a quiz's last question, and is not counted here. Preact's signals
// support is imported only for islands with signal props, which this site has none of.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist');
const KB = 1000;
const BUDGET = { html: 10 * KB, css: 6 * KB, islandJs: 14 * KB, onStartJs: 10 * KB };
/** The progress dashboard computes mastery, streaks and history in the browser: its own budget. */
const DASHBOARD_JS = 22 * KB;
const jsBudget = (page: string) => (page === '/progress/index.html' ? DASHBOARD_JS : BUDGET.islandJs);
/**
 * Quiz data loads when a quiz starts. A lesson quiz stays small; a module quiz pools its lessons'
 * questions and the final assessment the whole bank, so they may be larger.
 */
const QUIZ_DATA_BUDGET = (file: string) =>
  file.endsWith('/final-assessment.json') ? 64 * KB : file.endsWith('-module.json') ? 16 * KB : 8 * KB;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const read = (sitePath: string) => readFileSync(join(DIST, sitePath));

/** Site paths of the JavaScript files `entry` imports statically, `entry` included. */
function withStaticImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = read(entry).toString('utf8');
  // `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; not `import("./x.js")`.
  for (const match of code.matchAll(
    /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']/g,
  )) {
    const target = match[1] ?? '';
    withStaticImports(target.startsWith('/') ? target : posix.join(posix.dirname(entry), target), seen);
  }
  return seen;
}

/** Targets of `import("./x.js")` in `files`, except Preact signals support. */
function dynamicImports(files: Iterable<string>): string[] {
  return [...files].flatMap((file) =>
    [
      ...read(file)
        .toString('utf8')
        .matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g),
    ]
      .map((match) => posix.join(posix.dirname(file), match[1] ?? ''))
      .filter((target) => !/signals/.test(target)),
  );
}

interface PageBytes {
  page: string;
  html: number;
  inlineJs: number;
  js: number;
  jsFiles: number;
  onStartJs: number;
  css: number;
  islands: number;
}

function measure(page: string): PageBytes {
  const html = read(page).toString('utf8');
  const attr = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? '');
  const entries = [
    ...attr(/<script[^>]*\bsrc="([^"]+)"/g),
    ...attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...attr(/\bcomponent-url="([^"]+)"/g),
    ...attr(/\brenderer-url="([^"]+)"/g),
  ];
  const jsFiles = new Set<string>();
  for (const entry of entries) withStaticImports(entry, jsFiles);
  // What pressing a quiz's Start loads: the quiz island's dynamic imports and what they add.
  const onStart = new Set<string>();
  const quizIslands = [...jsFiles].filter((file) => /\/QuizIsland\.[^/]+\.js$/.test(file));
  for (const target of dynamicImports(quizIslands)) withStaticImports(target, onStart);
  for (const file of jsFiles) onStart.delete(file);
  const stylesheets = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const inlineStyles = attr(/<style[^>]*>([\s\S]*?)<\/style>/g).join('');
  const inlineScripts = attr(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g).join('');
  return {
    page,
    html: gz(html),
    inlineJs: inlineScripts === '' ? 0 : gz(inlineScripts),
    js: [...jsFiles].reduce((sum, file) => sum + gz(read(file)), 0),
    jsFiles: jsFiles.size,
    onStartJs: [...onStart].reduce((sum, file) => sum + gz(read(file)), 0),
    css:
      stylesheets.reduce((sum, file) => sum + gz(read(file)), 0) +
      (inlineStyles === '' ? 0 : gz(inlineStyles)),
    islands: attr(/<astro-island\b([^>]*)>/g).length,
  };
}

function htmlPages(dir = ''): string[] {
  return readdirSync(join(DIST, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = posix.join('/', dir, entry.name);
    if (entry.isDirectory()) return htmlPages(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

if (!existsSync(DIST)) {
  throw new Error('dist/ is missing: run `npm run build` before `npm run test:budget`');
}

describe('byte budgets of the built site', () => {
  const pages = htmlPages().sort().map(measure);
  const quizData = readdirSync(join(DIST, 'quizzes')).map((name) => ({
    file: `/quizzes/${name}`,
    bytes: gz(read(`/quizzes/${name}`)),
  }));

  console.table(
    pages.map(({ page, html, inlineJs, js, jsFiles, onStartJs, css, islands }) => ({
      page,
      'HTML gz': html,
      'of it inline JS': inlineJs,
      'JS at load gz': js,
      'JS files': jsFiles,
      'JS on start gz': onStartJs,
      'CSS gz': css,
      islands,
    })),
  );
  console.table(quizData.map(({ file, bytes }) => ({ 'quiz data': file, 'JSON gz': bytes })));

  it('finds the home page and at least one lesson', () => {
    expect(pages.map((page) => page.page)).toContain('/index.html');
    expect(pages.some((page) => page.page.startsWith('/lessons/'))).toBe(true);
  });

  it.each(pages.map((page) => [page.page, page] as const))(
    '%s keeps HTML and CSS in budget',
    (_path, page) => {
      expect(page.html).toBeLessThanOrEqual(BUDGET.html);
      expect(page.css).toBeLessThanOrEqual(BUDGET.css);
    },
  );

  it.each(pages.map((page) => [page.page, page] as const))(
    '%s ships no JavaScript without an island, at most 14 kB with one (22 kB on the dashboard)',
    (_path, page) => {
      if (page.islands === 0) {
        expect({ js: page.js, inlineJs: page.inlineJs }).toEqual({ js: 0, inlineJs: 0 });
      } else {
        expect(page.js).toBeLessThanOrEqual(jsBudget(page.page));
      }
    },
  );

  it.each(pages.map((page) => [page.page, page] as const))(
    '%s loads at most 10 kB more JavaScript when a quiz starts',
    (_path, page) => {
      expect(page.onStartJs).toBeLessThanOrEqual(BUDGET.onStartJs);
    },
  );

  it('every lesson page has its quiz island', () => {
    const lessons = pages.filter((page) => page.page.startsWith('/lessons/'));
    expect(lessons.filter((page) => page.islands === 0).map((page) => page.page)).toEqual([]);
  });

  it('quiz data stays within 8 kB for a lesson, 16 kB for a module and 64 kB for the final assessment', () => {
    expect(quizData.filter(({ file, bytes }) => bytes > QUIZ_DATA_BUDGET(file))).toEqual([]);
  });
});
