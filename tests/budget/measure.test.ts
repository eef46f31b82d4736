// The measuring code of the budget test, on a tiny built site written here: each figure counts
// what it says, so each budget row can fail.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuiltSite, gz, measure, overBudget, pageKind, type Budget, type PageBytes } from './measure';

const dist = mkdtempSync(join(tmpdir(), 'budget-fixture-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** Writes `files` (site path → text) into the fixture site. */
function write(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
}

/** Text that gzip cannot shrink much, so each file's size is plain in the figures. */
const noise = (bytes: number) => `/*${randomBytes(bytes).toString('base64')}*/`;

// A quiz page: the island imports a shared chunk; starting the quiz loads the session, which
// imports a grading chunk and, later, a review chunk that lazily loads a scheduler. The renderer
// can load signals support. An unrelated chunk nobody imports must not count.
write({
  '/_astro/client.js': `import{r}from"./runtime.js";${noise(50)}import(\`./signals.js\`)`,
  '/_astro/runtime.js': `export const r=1;${noise(400)}`,
  '/_astro/signals.js': `import{r}from"./runtime.js";${noise(60)}`,
  '/_astro/QuizIsland.js': `import{r}from"./runtime.js";${noise(100)}const s=()=>import(\`./QuizSession.B5mYub2j.js\`);`,
  '/_astro/QuizSession.B5mYub2j.js': `import{g}from"./grade.js";export{x}from"./shared.js";${noise(300)}import("./review-actions.js")`,
  '/_astro/grade.js': `import{r}from"./runtime.js";export const g=1;${noise(200)}`,
  '/_astro/shared.js': `export const x=1;${noise(30)}`,
  '/_astro/review-actions.js': `import"./grade.js";${noise(500)}import('./scheduler.js')`,
  '/_astro/scheduler.js': `${noise(700)}`,
  '/_astro/unused.js': `${noise(900)}`,
  '/_astro/style.css': `body{color:red}${noise(80)}`,
  '/figures/a.svg': `<svg>${noise(120)}</svg>`,
  '/figures/a-narrow.svg': `<svg>${noise(90)}</svg>`,
  '/lessons/a/index.html':
    '<html><head><link rel="stylesheet" href="/_astro/style.css"><style>p{margin:0}</style></head><body>' +
    '<script>window.loader=1</script><picture><source media="(max-width: 40rem)" srcset="/figures/a-narrow.svg">' +
    '<img src="/figures/a.svg" alt="A"></picture><img src="/figures/a.svg" alt="Again"><img src="https://example.com/x.png" alt="">' +
    '<astro-island component-url="/_astro/QuizIsland.js" renderer-url="/_astro/client.js"></astro-island></body></html>',
  '/about/index.html': '<html><body><p>About</p></body></html>',
  '/modules/m/index.html':
    '<html><body><script type="module" src="/_astro/QuizIsland.js"></script>' +
    '<div class="quiz-mount" data-quiz-props="{}"><a data-quiz="q">Q</a><p>Loading</p></div></body></html>',
  // A page without an island whose inline script adds a script after load (the offline starter).
  '/_astro/late.js': `${noise(110)}`,
  '/notes/index.html':
    '<html><body><p>Notes</p><script type="module">addEventListener("load",()=>' +
    'document.head.append(Object.assign(document.createElement("script"),{src:`/_astro/late.js`})))</script></body></html>',
});

const site = new BuiltSite(dist);
const size = (...files: string[]) => files.reduce((sum, file) => sum + gz(site.read(file)), 0);
const lesson = measure(site, '/lessons/a/index.html');

describe('BuiltSite', () => {
  it('follows static imports and re-exports, not dynamic ones', () => {
    expect([...site.withStaticImports(['/_astro/QuizSession.B5mYub2j.js'])].sort()).toEqual([
      '/_astro/QuizSession.B5mYub2j.js',
      '/_astro/grade.js',
      '/_astro/runtime.js',
      '/_astro/shared.js',
    ]);
  });

  it('finds every dynamic import, whatever its quotes', () => {
    expect(
      site.dynamicImports([
        '/_astro/client.js',
        '/_astro/QuizSession.B5mYub2j.js',
        '/_astro/review-actions.js',
      ]),
    ).toEqual(['/_astro/signals.js', '/_astro/review-actions.js', '/_astro/scheduler.js']);
  });

  it('reaches every file along every chain of dynamic imports, and no other', () => {
    expect([...site.reachable(['/_astro/QuizIsland.js'])].sort()).toEqual([
      '/_astro/QuizIsland.js',
      '/_astro/QuizSession.B5mYub2j.js',
      '/_astro/grade.js',
      '/_astro/review-actions.js',
      '/_astro/runtime.js',
      '/_astro/scheduler.js',
      '/_astro/shared.js',
    ]);
  });

  it('lists every HTML page', () => {
    expect(site.htmlPages()).toEqual([
      '/about/index.html',
      '/lessons/a/index.html',
      '/modules/m/index.html',
      '/notes/index.html',
    ]);
  });
});

describe('measure', () => {
  it('counts at load the island, the renderer and their static imports', () => {
    expect(lesson.js).toBe(size('/_astro/QuizIsland.js', '/_astro/client.js', '/_astro/runtime.js'));
    expect(lesson.jsFiles).toBe(3);
  });

  it('counts on quiz start the session and what it adds, not what is already loaded', () => {
    expect(lesson.onStartJs).toBe(
      size('/_astro/QuizSession.B5mYub2j.js', '/_astro/grade.js', '/_astro/shared.js'),
    );
  });

  it('counts as reachable everything the page can load, and not a chunk nobody imports', () => {
    expect(lesson.reachableJs).toBe(
      size(
        '/_astro/QuizIsland.js',
        '/_astro/client.js',
        '/_astro/runtime.js',
        '/_astro/signals.js',
        '/_astro/QuizSession.B5mYub2j.js',
        '/_astro/grade.js',
        '/_astro/shared.js',
        '/_astro/review-actions.js',
        '/_astro/scheduler.js',
      ),
    );
    expect(lesson.reachableFiles).toBe(9);
  });

  it('counts a script an inline script adds after load as reachable, not at load', () => {
    const notes = measure(site, '/notes/index.html');
    expect(notes.js).toBe(0);
    expect(notes.reachableJs).toBe(size('/_astro/late.js'));
  });

  it('counts the HTML with its inline script, and the stylesheet with the inline style', () => {
    expect(lesson.inlineJs).toBe(gz('window.loader=1'));
    expect(lesson.css).toBe(size('/_astro/style.css') + gz('p{margin:0}'));
    expect(lesson.islands).toBe(1);
  });

  it("counts each of the site's own images once, the narrow variant too, and no other site's", () => {
    expect(lesson.images).toBe(size('/figures/a.svg', '/figures/a-narrow.svg'));
  });

  it('counts a quiz started by its own script as an island, and its script at load', () => {
    expect(measure(site, '/modules/m/index.html')).toMatchObject({
      islands: 1,
      js: size('/_astro/QuizIsland.js', '/_astro/runtime.js'),
    });
  });

  it('finds no JavaScript on a page without an island', () => {
    expect(measure(site, '/about/index.html')).toMatchObject({
      js: 0,
      onStartJs: 0,
      reachableJs: 0,
      islands: 0,
    });
  });
});

describe('pageKind', () => {
  it.each([
    ['/about/index.html', 0, 'static'],
    ['/glossary/index.html', 0, 'glossary'],
    ['/explore/shared-responsibility/index.html', 0, 'explorer'],
    ['/search/index.html', 0, 'search'],
    ['/index.html', 1, 'home'],
    ['/progress/index.html', 1, 'dashboard'],
    ['/team/index.html', 1, 'team'],
    ['/paths/index.html', 1, 'paths'],
    ['/paths/security-champion/index.html', 1, 'paths'],
    ['/paths/security-champion/record/index.html', 1, 'record'],
    ['/paths/final-assessment/record/index.html', 1, 'record'],
    ['/lessons/a/index.html', 1, 'quiz'],
    ['/modules/iam/index.html', 1, 'quiz'],
  ] as const)('calls %s with %i islands a %s page', (page, islands, kind) => {
    expect(pageKind({ page, islands })).toBe(kind);
  });
});

describe('overBudget', () => {
  const budget: Budget = { html: 100, css: 100, js: 100, onStartJs: 100, reachableJs: 100, images: 100 };
  const within: PageBytes = {
    page: '/p.html',
    html: 100,
    inlineJs: 0,
    js: 100,
    jsFiles: 1,
    onStartJs: 100,
    reachableJs: 100,
    reachableFiles: 2,
    css: 100,
    images: 100,
    islands: 1,
  };

  it('passes a page exactly at its budgets', () => {
    expect(overBudget(within, budget)).toEqual([]);
  });

  it.each([
    ['html', 'HTML'],
    ['css', 'CSS'],
    ['js', 'JS at load'],
    ['onStartJs', 'JS on quiz start'],
    ['reachableJs', 'JS all reachable'],
    ['images', 'Images'],
  ] as const)('fails a page 1 byte over its %s budget, naming the figure', (key, name) => {
    expect(overBudget({ ...within, [key]: 101 }, budget)).toEqual([
      `/p.html: ${name} is 101 bytes, over its budget of 100`,
    ]);
  });
});
