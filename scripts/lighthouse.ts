// Lighthouse on the built site (not a test: scores are printed, not asserted; not part of `npm test`).
// Run with `npm run lighthouse` after `npm run build`. It serves dist/ with `astro preview` on a
// free port and runs Lighthouse 13 in its default mobile configuration (simulated slow 4G, 4× CPU
// slowdown) with the system Chromium (CHROME_PATH, else /usr/bin/chromium) on:
//   - the home page, a lesson and the dashboard: a navigation each, with an empty cache;
//   - a started quiz: a user flow that opens the lesson, clicks "Start practice", and measures
//     that moment with a timespan (Performance, TBT, CLS, bytes) and a snapshot (the other three
//     categories; a snapshot or a timespan has no LCP).
// Each page is measured 3 times (`npm run lighthouse -- 5` for 5) and each figure printed
// is its median: the machine this runs on is shared and noisy. The exit code is non-zero only if
// Lighthouse could not run. `--json <file>` also writes every run's figures.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import lighthouse, { startFlow, type Flags } from 'lighthouse';
import puppeteer, { type Browser } from 'puppeteer-core';
import {
  combine,
  formatTable,
  measure,
  medianOf,
  type LighthouseResult,
  type Measure,
} from './lighthouse-report.ts';

const ROOT = join(import.meta.dirname, '..');
const LESSON = '/lessons/shared-responsibility/security-of-and-in-the-cloud/';
const PAGES = [
  { page: 'Home', path: '/' },
  { page: 'Lesson', path: LESSON },
  { page: 'Started quiz', path: LESSON, startQuiz: 'Start practice' },
  { page: 'Dashboard', path: '/progress/' },
] as const;

// Quiet and closed-network friendly (see ../shared/design/platform.md); no sandbox when run as root.
const CHROME_FLAGS = [
  '--headless=new',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
const LIGHTHOUSE_FLAGS: Flags = { logLevel: 'error', output: 'json' };

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const runs = Math.max(
  1,
  Number(args.find((arg, index) => /^\d+$/.test(arg) && (jsonAt < 0 || index !== jsonAt + 1)) ?? 3),
);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** `astro preview` of dist/, resolved once it answers. */
async function preview(port: number): Promise<ChildProcess> {
  const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 240; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error('astro preview did not answer within 60 s');
}

async function navigation(browser: Browser, url: string): Promise<Measure> {
  const page = await browser.newPage();
  try {
    const result = await lighthouse(url, LIGHTHOUSE_FLAGS, undefined, page);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return checked(result.lhr as LighthouseResult, url);
  } finally {
    await page.close();
  }
}

async function startedQuiz(browser: Browser, url: string, button: string): Promise<Measure> {
  const page = await browser.newPage();
  try {
    const flow = await startFlow(page, { name: 'Started quiz', flags: LIGHTHOUSE_FLAGS });
    await flow.navigate(url);
    await flow.startTimespan();
    await page.locator(`::-p-aria([name="${button}"][role="button"])`).click();
    // The first question's heading ("Question 1 of 10") says the quiz has started.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('h2, h3')].some((heading) =>
        /^Question 1 of /.test(heading.textContent ?? ''),
      ),
    );
    await flow.endTimespan();
    await flow.snapshot();
    const { steps } = await flow.createFlowResult();
    return combine(...steps.slice(1).map(({ lhr }) => checked(lhr as LighthouseResult, url)));
  } finally {
    await page.close();
  }
}

function checked(result: LighthouseResult, url: string): Measure {
  if (result.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.runtimeError.message}`);
  return measure(result);
}

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'dist/index.html'))) {
    throw new Error('no dist/index.html: build the site first (npm run build), then run npm run lighthouse');
  }
  const port = await freePort();
  const server = await preview(port);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROME_FLAGS,
  });
  const all: Record<string, Measure[]> = {};
  try {
    for (const entry of PAGES) {
      const url = `http://127.0.0.1:${port}${entry.path}`;
      for (let run = 1; run <= runs; run += 1) {
        process.stderr.write(`Lighthouse: ${entry.page}, run ${run} of ${runs}\n`);
        const result =
          'startQuiz' in entry
            ? await startedQuiz(browser, url, entry.startQuiz)
            : await navigation(browser, url);
        (all[entry.page] ??= []).push(result);
      }
    }
  } finally {
    await browser.close();
    server.kill();
  }
  console.log(`Lighthouse ${runs}× per page (median), mobile, ${new Date().toISOString()}\n`);
  const rows = PAGES.map(({ page }) => ({ page, measure: medianOf(all[page] ?? []) }));
  console.log(formatTable(rows));
  for (const { page, measure: m } of rows) {
    if (m.failing.length > 0) console.log(`${page}: below 100 in ${m.failing.join(', ')}`);
    if (m.shifted.length > 0) console.log(`${page}: layout shifts moved ${m.shifted.join('; ')}`);
  }
  if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(all, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
