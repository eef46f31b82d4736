// Scale benchmark (not a test: prints figures, asserts nothing, not part of `npm test`).
//
//   npm run bench:scale -- 10 100 1000            our build at each size, plus the real course
//   npm run bench:scale -- 1000 --starlight       … and Astro Starlight with the same lessons
//
// For each N it copies the project (without node_modules, which is linked) into a temporary
// folder, replaces the course with N lessons copied from the real ones (see
// scripts/bench-scale/generate.ts), runs the real `astro build` there (every integration in
// astro.config.mjs) and prints: build seconds (wall), peak memory (resident memory of the build's
// whole process tree, sampled every 100 ms), dist size by kind of file, and the gzipped HTML, CSS
// and JavaScript at load of the lesson pages (median and largest, as the budget test counts them).
// The first row is the real course, as it is.
//
// With --starlight it also builds Astro Starlight (installed once into
// ~/.cache/bench-scale-starlight/) with the same N lessons as docs pages, in the same run, and
// prints its figures beside ours. --keep leaves the temporary folders for a look: each build's log
// and, beside it, build.log.memory, the build's memory every half second by process, with the clock
// time the build log prints, to see which step of the build holds what.
import './resolve-ts.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const { writeCourse } = await import('./bench-scale/generate.ts');
const { distSize, htmlBytes, pageBytes, run } = await import('./bench-scale/measure.ts');
const { buildStarlight } = await import('./bench-scale/starlight.ts');

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const sizes = args.filter((arg) => /^\d+$/.test(arg)).map(Number);
const withStarlight = args.includes('--starlight');
const keep = args.includes('--keep');
if (
  sizes.length === 0 ||
  args.some((arg) => !/^\d+$/.test(arg) && !['--starlight', '--keep'].includes(arg))
) {
  console.error(
    'Usage: npm run bench:scale -- <N> [<N>…] [--starlight] [--keep]   e.g. 10 100 1000 --starlight',
  );
  process.exit(2);
}

const SKIP = new Set([
  'node_modules',
  'dist',
  '.git',
  'coverage',
  'test-results',
  '.astro',
  'playwright-report',
]);

/**
 * What a build writes inside node_modules: Astro's content cache (`.astro/data-store.json`) and
 * Vite's. Not shared: two builds at once (two sizes, or someone else's build beside the bench)
 * would overwrite each other's content cache, and a build fails or renders the other's lessons.
 */
const BUILD_CACHES = new Set(['.astro', '.vite']);

/** A copy of the project in a new temporary folder, each package of node_modules linked. */
function copyProject(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${label}-`));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => !SKIP.has(relative(ROOT, source).split('/')[0] ?? ''),
  });
  const modules = join(ROOT, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules))
    if (!BUILD_CACHES.has(name)) symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  return dir;
}

const MB = 1e6;
const peaks = (byCommand: Record<string, number>) =>
  Object.entries(byCommand)
    .filter(([, bytes]) => bytes > 20 * MB)
    .map(([name, bytes]) => `${name} ${mb(bytes)} MB`)
    .join(', ');
const mb = (bytes: number) => (bytes / MB).toFixed(1);
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

interface Row {
  site: string;
  lessons: number;
  'build s': string;
  /** The machine's 1-minute load average as the build ended: timings mean little on a busy machine. */
  load: string;
  'peak MB': string;
  'dist MB': string;
  'HTML MB': string;
  'quiz JSON MB': string;
  'figures MB': string;
  'pagefind MB': string;
  '_astro MB': string;
  'other MB': string;
  'lesson HTML kB gz (median / max)': string;
  'lesson CSS kB gz': string;
  'lesson JS at load kB gz': string;
}

async function buildOurs(label: string, lessons: number | undefined): Promise<Row> {
  const dir = copyProject(label);
  try {
    const count = lessons ?? 0;
    const generated = lessons === undefined ? undefined : writeCourse(dir, lessons);
    const result = await run(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'build'],
      dir,
      {
        ...process.env,
        CMI5_LRS_ORIGINS: 'http://127.0.0.1:4399',
        SITE_URL: 'https://academy.example',
      },
      join(dir, 'build.log'),
    );
    console.log(
      `  ${label}: build log ${join(dir, 'build.log')}; peak at ${result.peakAt.toFixed(0)} of ${result.seconds.toFixed(0)} s; by process: ${peaks(result.peakByCommand)}`,
    );
    const dist = join(dir, 'dist');
    const size = distSize(dist);
    const pages = pageBytes(dist, '/lessons/');
    const shown = generated === undefined ? pages.html.count : count;
    if (pages.html.count !== shown)
      throw new Error(`expected ${shown} lesson pages, found ${pages.html.count}`);
    return {
      site: 'ours',
      lessons: pages.html.count,
      'build s': result.seconds.toFixed(1),
      load: loadavg()[0]?.toFixed(1) ?? '?',
      'peak MB': mb(result.peakBytes),
      'dist MB': mb(size.total),
      'HTML MB': mb(size.html),
      'quiz JSON MB': mb(size.quizJson),
      'figures MB': mb(size.figures),
      'pagefind MB': mb(size.pagefind),
      '_astro MB': mb(size.astro),
      'other MB': mb(size.other),
      'lesson HTML kB gz (median / max)': `${kb(pages.html.median)} / ${kb(pages.html.max)}`,
      'lesson CSS kB gz': `${kb(pages.css.median)} / ${kb(pages.css.max)}`,
      'lesson JS at load kB gz': `${kb(pages.js.median)} / ${kb(pages.js.max)}`,
    };
  } finally {
    if (keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

async function buildTheirs(lessons: number): Promise<Row> {
  const source = copyProject(`starlight-source-${lessons}`);
  try {
    const modules = writeCourse(source, lessons);
    const { dir, result } = await buildStarlight(modules, source);
    console.log(
      `  Starlight ${lessons}: peak at ${result.peakAt.toFixed(0)} of ${result.seconds.toFixed(0)} s; by process: ${peaks(result.peakByCommand)}`,
    );
    try {
      const dist = join(dir, 'dist');
      const size = distSize(dist);
      const html = htmlBytes(dist, '/m');
      return {
        site: 'Starlight',
        lessons: html.count,
        'build s': result.seconds.toFixed(1),
        load: loadavg()[0]?.toFixed(1) ?? '?',
        'peak MB': mb(result.peakBytes),
        'dist MB': mb(size.total),
        'HTML MB': mb(size.html),
        'quiz JSON MB': '–',
        'figures MB': '–',
        'pagefind MB': mb(size.pagefind),
        '_astro MB': mb(size.astro),
        'other MB': mb(size.other),
        'lesson HTML kB gz (median / max)': `${kb(html.median)} / ${kb(html.max)}`,
        'lesson CSS kB gz': '–',
        'lesson JS at load kB gz': '–',
      };
    } finally {
      if (keep) console.log(`kept ${dir}`);
      else rmSync(join(dir, 'dist'), { recursive: true, force: true });
    }
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}

if (!existsSync(join(ROOT, 'node_modules/astro'))) throw new Error('run npm install first');
const rows: Row[] = [];
const report = (row: Row) => {
  rows.push(row);
  console.log(
    `${row.site} ${row.lessons} lessons: ${row['build s']} s, ${row['peak MB']} MB peak, ${row['dist MB']} MB dist`,
  );
};
report({ ...(await buildOurs('real', undefined)), site: 'ours (real course)' });
for (const lessons of sizes) {
  // Starlight first: the two builds share the machine, so each runs on its own.
  if (withStarlight) report(await buildTheirs(lessons));
  report(await buildOurs(String(lessons), lessons));
}
console.table(rows);
