// Byte budgets over the built site (run after `npm run build`). What each figure counts is
// written at the top of ./measure.ts; that code has its own tests (./measure.test.ts), so each
// row below can fail.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BuiltSite,
  gz,
  KB,
  lmsLaunchJs,
  measure,
  overBudget,
  pageKind,
  type Budget,
  type PageKind,
} from './measure';

const DIST = join(import.meta.dirname, '../../dist');

/**
 * Budgets by kind of page. CSS 6 kB everywhere; no JavaScript on static pages. HTML 10 kB.
 * "All reachable" budgets are about 10 % over what the pages needed when they were last set
 * (December 2026, issue 8: home 16.4 kB, quiz pages 40.3 kB, dashboard 50.0 kB).
 */
const BUDGETS: Record<PageKind, Budget> = {
  /**
   * Pages without an island load no JavaScript file at load; every page has the offline starter
   * (0.24 kB inline) that adds the update notice's script (0.96 kB) once the page has loaded
   * (December 2026, issue 12).
   */
  static: { html: 10 * KB, css: 6 * KB, js: 0, onStartJs: 0, reachableJs: 1.1 * KB, images: 0 },
  /**
   * The glossary is one reference page of every term: about 113 bytes of gzipped HTML a term with
   * its A–Z index (168 terms: 19.0 kB in December 2026, issue 11), and a 0.6 kB filter script
   * (inline, so in the HTML figure). Room for about 8 more terms before it should split.
   */
  glossary: { html: 20 * KB, css: 6 * KB, js: 1 * KB, onStartJs: 0, reachableJs: 1 * KB, images: 0 },
  /**
   * The home page's "Continue" list of learning paths loads after the first render, and only when
   * something is stored: 13.4 kB at load, 19.2 kB all reachable (December 2026, issue 10; it was
   * 16.5 kB before the list).
   */
  /**
   * The shared-responsibility explorer: every service's stack rendered at build time and switched
   * by CSS alone (so it works without JavaScript); a 0.2 kB inline script only announces the
   * chosen service's owners. 4.2 kB of HTML in December 2026 (issue 11).
   */
  explorer: { html: 10 * KB, css: 6 * KB, js: 1 * KB, onStartJs: 0, reachableJs: 1 * KB, images: 0 },
  /**
   * /search/: its own script (1.5 kB, inline: counted in the HTML, 3.3 kB in all, December 2026,
   * issue 12). Pagefind loads from /pagefind/ when the learner searches, by `import()` of a path
   * Vite does not follow: tests/budget/search.test.ts budgets it.
   */
  search: { html: 10 * KB, css: 6 * KB, js: 2 * KB, onStartJs: 0, reachableJs: 2 * KB, images: 0 },
  /** The home page: 14.3 kB at load in December 2026 (issue 13; see quiz pages for why). */
  home: { html: 10 * KB, css: 6 * KB, js: 15 * KB, onStartJs: 0, reachableJs: 21 * KB, images: 0 },
  /**
   * Quiz pages (lessons, module pages, the final assessment): 13.9 kB at load in December 2026
   * (issue 11), with the course navigation's status script; the quiz starts from its own module
   * script rather than an Astro island, whose loader would add about 2 kB of inline script to
   * every lesson's HTML. The cmi5 runtime loads only on an LMS launch (its own budget below).
   * HTML 10 kB: the longest lesson (with its figure, term definitions, "On this page" and the
   * navigation's quiz steps) is 8.5 kB; a lesson quiz's questions as text are on their own page
   * (/questions/<quiz>/). Images: a lesson's figure, 3.1 kB at most (shared responsibility,
   * wide and narrow SVG).
   */
  quiz: {
    html: 10 * KB,
    css: 6 * KB,
    // 14.4 kB at load in December 2026 (issue 13): every page that reads progress checks saved lab
    // records (+0.4 kB), and Vite's preload helper is a chunk of its own (+0.26 kB; see
    // astro.config.mjs), which keeps the 12 kB runtime off lab pages until a lab starts.
    js: 15 * KB,
    // On start: the session (11.4 kB in December 2026, issue 13, with the spot question kind;
    // its renderer loads only with the first spot question) reads the quiz's file itself and,
    // for a module quiz or the final, loads only the files holding the questions drawn.
    onStartJs: 12 * KB,
    reachableJs: 48 * KB,
    images: 3.5 * KB,
  },
  /**
   * A lab's page: before the lab starts, only the 0.7 kB script that starts it and Vite's preload
   * helper (1.5 kB). On start the editor, the progress runtime and the evaluator (a policy lab) or
   * the spot question (a spot lab) load with the lab's data. "On start" counts both kinds' code,
   * 30.9 kB, where one lab loads one of them (December 2026, issue 13).
   */
  lab: { html: 10 * KB, css: 6 * KB, js: 2 * KB, onStartJs: 33 * KB, reachableJs: 36 * KB, images: 0 },
  /**
   * The progress dashboard computes mastery, streaks and history in the browser: its own budget
   * (20.2 kB at load in December 2026, issue 11). All reachable 55.1 kB: the history chart with
   * axes, the review forecast and the final assessment's card load after the first render, and
   * its review reaches the quiz results' summary.
   */
  dashboard: {
    html: 10 * KB,
    css: 6 * KB,
    js: 22.5 * KB,
    // A review loads the files of its due questions' quizzes instead of the whole 135 kB bank
    // (December 2026, issue 12); with the spot kind and the Labs section, 11.1 kB of code on
    // start and 61.4 kB all reachable (issue 13).
    onStartJs: 12 * KB,
    reachableJs: 64 * KB,
    images: 0,
  },
  /**
   * The team report reads, validates and aggregates learners' files in the browser, so it loads
   * the progress decoder, the scorers and the mastery rules at once (a dropped file must not
   * fetch code), and checks completion records against exports: 28.0 kB at load, 31.5 kB all
   * reachable (December 2026, issue 10); 31.1 kB with labs completed per learner (issue 13). The question bank it loads on arrival is the final
   * assessment's quiz data, budgeted below.
   */
  team: { html: 10 * KB, css: 6 * KB, js: 32 * KB, onStartJs: 0, reachableJs: 34 * KB, images: 0 },
  /**
   * The path list and each path's page compute every step's status in the browser: 15.1 kB at
   * load, 18.5 kB all reachable (December 2026, issue 10). The lab list (/labs/) does the same for
   * each lab's status: 14.4 kB at load (issue 13).
   */
  paths: { html: 10 * KB, css: 6 * KB, js: 17 * KB, onStartJs: 0, reachableJs: 21 * KB, images: 0 },
  /**
   * A completion record also loads the learner's name store (with the export's name rules), the
   * local calendar day and the digest: 20.5 kB at load, 24.0 kB all reachable (December 2026,
   * issue 10).
   */
  record: { html: 10 * KB, css: 6 * KB, js: 23 * KB, onStartJs: 0, reachableJs: 27 * KB, images: 0 },
};

/**
 * Quiz data loads when a quiz starts. A lesson quiz stays small. Each question ships once, in the
 * file of the quiz it is written in (`serveQuiz`, December 2026, issue 12): a module quiz's file
 * holds only its own scenario questions and the ids of its lessons' questions, and the final
 * assessment's file only the ids of the questions it draws from, by quiz; an attempt then loads
 * the files holding the questions it asks. Set at about 15 % over the largest: the longest lesson
 * quiz (17 questions) 8.2 kB, the largest module quiz file 7.1 kB (shared responsibility), the
 * final's 3.6 kB (before: modules 24.1 kB, the final 135.1 kB, the whole bank).
 */
const QUIZ_DATA_BUDGET = (file: string) =>
  file.endsWith('/final-assessment.json') ? 4.2 * KB : file.endsWith('-module.json') ? 8.2 * KB : 9.5 * KB;

if (!existsSync(DIST)) {
  throw new Error('dist/ is missing: run `npm run build` before `npm run test:budget`');
}

describe('byte budgets of the built site', () => {
  const site = new BuiltSite(DIST);
  const pages = site.htmlPages().map((page) => measure(site, page));
  const quizData = readdirSync(join(DIST, 'quizzes')).map((name) => ({
    file: `/quizzes/${name}`,
    bytes: gz(site.read(`/quizzes/${name}`)),
  }));

  console.table(
    pages.map((page) => ({
      page: page.page,
      'HTML gz': page.html,
      'of it inline JS': page.inlineJs,
      'JS at load gz': page.js,
      'JS on quiz start gz': page.onStartJs,
      'JS all reachable gz': page.reachableJs,
      'JS files at load / reachable': `${page.jsFiles} / ${page.reachableFiles}`,
      'CSS gz': page.css,
      'images gz': page.images,
      islands: page.islands,
    })),
  );
  console.table(quizData.map(({ file, bytes }) => ({ 'quiz data': file, 'JSON gz': bytes })));

  it('finds the home page, the dashboard and at least one lesson', () => {
    expect(pages.map((page) => page.page)).toEqual(
      expect.arrayContaining(['/index.html', '/progress/index.html']),
    );
    expect(pages.some((page) => page.page.startsWith('/lessons/'))).toBe(true);
  });

  it.each(pages.map((page) => [page.page, page] as const))(
    '%s keeps HTML, CSS and JavaScript (at load, on quiz start, all reachable) within its budget',
    (_path, page) => {
      expect(overBudget(page, BUDGETS[pageKind(page)])).toEqual([]);
    },
  );

  it.each(pages.map((page) => [page.page, page] as const))(
    '%s ships no JavaScript but the offline starter unless it is a kind of page that has some',
    (_path, page) => {
      if (pageKind(page) === 'static') {
        expect(page.js).toBe(0);
        expect(page.inlineJs).toBeLessThanOrEqual(0.3 * KB);
      }
    },
  );

  it('every lesson page has its quiz island', () => {
    const lessons = pages.filter((page) => page.page.startsWith('/lessons/'));
    expect(lessons.length).toBeGreaterThan(1);
    expect(lessons.filter((page) => page.islands === 0).map((page) => page.page)).toEqual([]);
  });

  it('measures a quiz start on every quiz page and on the dashboard (its review is a quiz)', () => {
    // If the quiz session chunk were renamed, "on quiz start" would read 0 and could never fail.
    const starting = pages.filter((page) => ['quiz', 'dashboard'].includes(pageKind(page)));
    expect(starting.filter((page) => page.onStartJs === 0).map((page) => page.page)).toEqual([]);
  });

  it('every quiz page loads the cmi5 runtime only on an LMS launch, within its 34 kB budget', () => {
    // @xapi/cmi5 bundles its HTTP client (axios): 32.0 kB with the notice and the statement
    // mapping (December 2026, issue 10). It is outside "all reachable": no learner who opens the
    // site directly ever loads it.
    const launches = pages
      .filter((page) => pageKind(page) === 'quiz')
      .map((page) => ({ page: page.page, bytes: lmsLaunchJs(site, page.page) }));
    console.table(launches.slice(0, 1).map(({ page, bytes }) => ({ page, 'JS on LMS launch gz': bytes })));
    expect(launches.filter(({ bytes }) => bytes === 0 || bytes > 34 * KB)).toEqual([]);
  });

  it('quiz data stays within 9.5 kB for a lesson, 8.2 kB for a module and 4.2 kB for the final assessment', () => {
    expect(quizData.filter(({ file, bytes }) => bytes > QUIZ_DATA_BUDGET(file))).toEqual([]);
  });
});
