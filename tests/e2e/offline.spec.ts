// Offline use and install (issue 12): after one visit the course works without a network, a new
// deploy is offered with "Reload to update", and Chromium finds the site installable.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, finishPractice, readBuiltQuiz, score, watchProblems } from './helpers';

// The config blocks service workers for every other spec; these tests are about one.
test.use({ serviceWorkers: 'allow' });

const DIST = join(import.meta.dirname, '../../dist');
const OFFLINE_READY = 'This course is now saved in your browser: it works offline on this device too.';
const UPDATE_READY = 'A new version of the course is ready.';

/**
 * Waits until the worker has stored the whole course: the page says so once the worker's install
 * (its precache) is complete, and the worker is then the active one. Generous: the first visit
 * downloads about 160 files on a busy machine.
 */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: OFFLINE_READY })).toBeVisible({
    timeout: 120_000,
  });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test('after one visit to the home page, a lesson never opened, its quiz, the dashboard and the glossary work offline', async ({
  page,
  context,
}) => {
  test.slow();
  const problems = await watchProblems(page);
  await page.goto('/');
  await waitForOfflineCopy(page);
  await expectNoAxeViolations(page);
  // The notice closes from the keyboard, and focus goes to the page's content, not nowhere.
  await page.getByRole('button', { name: 'Close' }).press('Enter');
  await expect(page.getByText(OFFLINE_READY)).toHaveCount(0);
  await expect(page.locator('#main')).toBeFocused();

  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  const quiz = readBuiltQuiz();
  const total = quiz.draw ?? quiz.questions.length;
  await page.getByRole('link', { name: 'Security of the cloud, security in the cloud' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Security of the cloud, security in the cloud' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start practice' }).click();
  await finishPractice(page, quiz);
  await expect(score(page, `You scored ${total} of ${total} points (100 %).`)).toBeVisible();

  // The dashboard's parts that load after its first render come from the offline copy too.
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Progress' }).click();
  await expect(
    page
      .getByRole('table')
      .first()
      .getByRole('row', { name: /Shared responsibility/ }),
  ).toContainText('1 of 2');
  await page.getByText('Show the attempts as a table').click();
  await expect(page.getByRole('cell', { name: quiz.title })).toBeVisible();

  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Course' }).click();
  const card = page.getByRole('listitem').filter({
    has: page.getByRole('link', { name: 'Security of the cloud, security in the cloud' }),
  });
  await expect(card.getByText('Best 100 %')).toBeVisible();

  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  // Still offline: nothing above came from the network, and nothing failed or broke the CSP.
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect(problems).toEqual([]);
});

/** Content types of the files a copy of the built site serves. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** A static server for `root` on a free port, as a host would serve dist/ (no caching by the browser). */
async function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('a new deploy is offered with "Reload to update", and the reload shows the new version', async ({
  page,
}) => {
  test.slow();
  const root = mkdtempSync(join(tmpdir(), 'csa-deploy-'));
  cpSync(DIST, root, { recursive: true });
  const { server, origin } = await serve(root);
  try {
    await page.goto(`${origin}/`);
    await waitForOfflineCopy(page);

    // A second deploy: the home page changes, and so does its revision in the worker's precache list.
    const before = 'Cloud Security Academy is open source.';
    const after = 'Cloud Security Academy is open source, now in a newer version.';
    const home = join(root, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace(before, after));
    const worker = join(root, 'sw.js');
    const code = readFileSync(worker, 'utf8');
    const updated = code.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1new-deploy"');
    expect(updated).not.toBe(code);
    writeFileSync(worker, updated);

    // The browser looks for a new worker on navigation; until the learner chooses, the page stays as it was.
    await page.reload();
    const notice = page.locator('[aria-live="polite"]').filter({ hasText: UPDATE_READY });
    await expect(notice).toBeVisible({ timeout: 120_000 });
    await expect(page.getByText(before)).toBeVisible();
    await expectNoAxeViolations(page);

    // "Not now" closes it for this page; the next page offers it again, as the new version still waits.
    await notice.getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByText(UPDATE_READY)).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'About' }).click();
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Course' }).click();
    await expect(notice).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText(before)).toBeVisible();

    await notice.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.getByText(after)).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText(UPDATE_READY)).toHaveCount(0);
    // The new worker serves the new version offline too.
    await page.context().setOffline(true);
    await page.reload();
    await expect(page.getByText(after)).toBeVisible();
  } finally {
    await page.context().setOffline(false);
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  }
});

test('Chromium finds the course installable: manifest, icons and service worker', async ({
  baseURL,
}, testInfo) => {
  // Chromium never offers to install from a private window, which every test context is: this one
  // runs in a browser profile of its own, as a learner's browser would.
  const profile = mkdtempSync(join(tmpdir(), 'csa-profile-'));
  const browser = await chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    ...(baseURL === undefined ? {} : { baseURL }),
    serviceWorkers: 'allow',
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const cdp = await browser.newCDPSession(page);
    const { errors, data } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expect(JSON.parse(data ?? '{}')).toMatchObject({
      name: 'Cloud Security Academy',
      start_url: '/',
      display: 'standalone',
    });
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
